import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Errors thrown on the page, plus console errors other than failed loads of pages that do not
 * exist on this branch yet (/setup/… guides and /advisor are built elsewhere; Next prefetches links).
 */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  return errors;
}

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Search the help center' });
const comboboxOf = (page: Page) => dialogOf(page).getByRole('combobox');

/** Keyboard shortcuts work once the page has hydrated; before that the plain form is all there is. */
async function gotoReady(page: Page, path: string) {
  await page.goto(path);
  await page.locator('dialog[data-shortcuts="on"]').waitFor({ state: 'attached' });
}

async function focusByTab(page: Page, name: string) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

test.describe('search dialog', () => {
  test('typing in the header field opens the dialog with results from the first keystrokes', async ({ page }) => {
    const errors = watchErrors(page);
    await gotoReady(page, '/articles/webmail');
    await page.locator('#header-search').click();
    await expect(dialogOf(page)).toBeVisible();
    await page.keyboard.type('thu');
    const options = dialogOf(page).getByRole('option');
    await expect(options.first()).toContainText('Thunderbird');
    await expect(dialogOf(page).getByRole('status')).toContainText(/\d+ pages? match/);
    // Matched words are marked up as text, not HTML.
    await expect(options.first().locator('mark').first()).toHaveText(/thunderbird/i);
    expect(errors).toEqual([]);
  });

  test('keyboard only: Ctrl+K opens, arrows move, Esc closes and gives focus back', async ({ page }) => {
    await gotoReady(page, '/');
    await focusByTab(page, 'Help topics');
    await page.keyboard.press('Control+k');
    const combobox = comboboxOf(page);
    await expect(combobox).toBeFocused();
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.type('mailbox full');
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    const listboxId = await combobox.getAttribute('aria-controls');
    await expect(page.locator(`[id="${listboxId}"]`)).toHaveAttribute('role', 'listbox');

    const options = dialogOf(page).getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(combobox).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(combobox).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
    await page.keyboard.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Escape');
    await expect(dialogOf(page)).toBeHidden();
    await expect(page.getByRole('link', { name: 'Help topics', exact: true })).toBeFocused();

    // "/" opens it too, from anywhere that is not a text field; the last query is still there.
    await page.keyboard.press('/');
    await expect(comboboxOf(page)).toBeFocused();
    await expect(comboboxOf(page)).toHaveValue('mailbox full');
  });

  test('Enter opens the selected result at its section', async ({ page }) => {
    await gotoReady(page, '/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('port 587');
    await expect(dialogOf(page).getByRole('option').first()).toContainText('Which port should I use?');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/articles\/email-server-settings#which-port-should-i-use$/);
    await expect(dialogOf(page)).toBeHidden();
    await expect(page.locator('#which-port-should-i-use')).toBeInViewport();
  });

  test('Enter right after typing opens the best result for the whole query, not an earlier list', async ({ page }) => {
    await gotoReady(page, '/');
    await page.keyboard.press('Control+k');
    await expect(comboboxOf(page)).toBeFocused();
    // Load the search first, then type and press Enter without waiting for the list.
    await page.keyboard.type('m');
    await expect(dialogOf(page).getByRole('option').first()).toBeVisible();
    await page.keyboard.type('ailbox full');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/articles\/mailbox-full$/);
  });

  test('typing from the header field keeps every letter and Esc returns to the field', async ({ page }) => {
    await gotoReady(page, '/');
    await page.locator('#header-search').focus();
    await page.keyboard.type('outlok');
    await expect(comboboxOf(page)).toHaveValue('outlok');
    await expect(dialogOf(page).getByRole('option').first()).toContainText('Outlook');
    await page.keyboard.press('Escape');
    await expect(page.locator('#header-search')).toBeFocused();
  });

  test('"/" typed into another text field is just a slash', async ({ page }) => {
    await gotoReady(page, '/search');
    const field = page.locator('#search-page-q');
    await field.focus();
    await page.keyboard.type('a/b');
    await expect(field).toHaveValue('a/b');
    await expect(dialogOf(page)).toBeHidden();
  });

  test('Shift+Enter and the copy control copy an absolute link to the result', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await gotoReady(page, '/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('mailbox full');
    await expect(dialogOf(page).getByRole('option').first()).toContainText('My mailbox is full');
    await expect(dialogOf(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Shift+Enter');
    await expect(dialogOf(page).getByRole('status')).toContainText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https?:\/\/[^/]+\/articles\/mailbox-full$/);
    await expect(dialogOf(page)).toBeVisible();

    await dialogOf(page).getByRole('option').nth(1).getByText('Copy link').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https?:\/\/[^/]+\/articles\/.+#.+|^https?:\/\/[^/]+\/(articles|setup)\//);
  });

  test('the search code and index load on first use, not with the page', async ({ page }) => {
    const requested: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(`${response.url()}\n${await response.text().catch(() => '')}`);
    });
    await page.goto('/articles/pop3-vs-imap');
    await page.waitForLoadState('load');
    // Let hydration and link prefetching finish: nothing search-related may load meanwhile.
    await page.waitForTimeout(1500);
    await page.locator('dialog[data-shortcuts="on"]').waitFor({ state: 'attached' });
    expect(requested).not.toContain('/search-index.json');
    // fuse.js's token search is the engine's core; its message text marks the bundle.
    expect(scripts.filter((code) => code.includes('useTokenSearch')).map((code) => code.split('\n')[0])).toEqual([]);

    const index = page.waitForResponse((response) => new URL(response.url()).pathname === '/search-index.json');
    await page.keyboard.press('Control+k');
    expect((await index).status()).toBe(200);
    await page.keyboard.type('imap');
    await expect(dialogOf(page).getByRole('option').first()).toBeVisible();
    await expect.poll(() => scripts.some((code) => code.includes('useTokenSearch'))).toBe(true);
  });

  test('the open dialog with results passes axe (WCAG 2.2 AA), light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await gotoReady(page, '/');
      await page.keyboard.press('Control+k');
      await page.keyboard.type('thundrbird imap');
      await expect(dialogOf(page).getByRole('option').first()).toBeVisible();
      await expect(dialogOf(page).getByRole('status')).toContainText('match');
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations, `${colorScheme}: ${results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`).join('; ')}`).toEqual([]);
    }
  });

  test('fits a 375 px phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await gotoReady(page, '/');
    await page.locator('#header-search').click();
    await page.keyboard.type('certificate warning');
    await expect(dialogOf(page).getByRole('option').first()).toBeVisible();
    const box = await dialogOf(page).boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    const overflow = await dialogOf(page).evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('/search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form submits to a server-rendered results page', async ({ page }) => {
    await page.goto('/');
    await page.locator('#header-search').fill('thundrbird imap');
    await page.locator('#header-search').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=thundrbird\+imap$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “thundrbird imap”');
    const links = page.getByTestId('search-results').locator(':scope > li h2 a');
    const top3 = await links.evaluateAll((nodes) => nodes.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(top3).toContain('/setup/thunderbird/imap');
    // No copy buttons that could not work without JavaScript.
    await expect(page.getByRole('button', { name: /copy link/i })).toHaveCount(0);
  });

  test('answers empty, punctuation-only, non-Latin, very long and hostile queries calmly', async ({ page }) => {
    let response = await page.goto('/search?q=');
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/Type what you are looking for/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Popular articles' })).toBeVisible();

    response = await page.goto('/search?q=%20%20%20');
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/Type what you are looking for/)).toBeVisible();

    await page.goto('/search?q=%3F%3F%3F!!');
    await expect(page.getByText(/no letters or numbers/)).toBeVisible();

    await page.goto(`/search?q=${encodeURIComponent('почта не работает')}`);
    await expect(page.getByRole('heading', { name: 'No results for “почта не работает”' })).toBeVisible();
    await expect(page.getByText(/written in English/)).toBeVisible();
    await expect(page.getByRole('link', { name: /advisor/i }).first()).toHaveAttribute('href', '/advisor');
    await expect(page.getByRole('main').getByRole('link', { name: 'support@example.com' })).toHaveAttribute('href', 'mailto:support@example.com');
    await expect(page.getByRole('heading', { name: 'Popular articles' })).toBeVisible();

    response = await page.goto(`/search?q=${encodeURIComponent('mailbox full '.repeat(30))}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/searched its first 200 characters/)).toBeVisible();
    await expect(page.getByTestId('search-results').locator('a').first()).toHaveAttribute('href', '/articles/mailbox-full');

    response = await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script> "port"')}&q=second`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>alert(1)</script>');
    expect(await page.locator('main script').count()).toBe(0);
  });

  test('no results: says so, offers near matches, popular articles, the advisor and support', async ({ page }) => {
    await page.goto('/search?q=thnderbrdx');
    await expect(page.getByRole('heading', { name: 'No results for “thnderbrdx”' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'thunderbird', exact: true }).first()).toHaveAttribute('href', '/search?q=thunderbird');
    await expect(page.getByRole('heading', { name: 'Near matches' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Popular articles' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'More ways to get help' })).toBeVisible();
  });
});

test('the results page and the no-results page pass axe (WCAG 2.2 AA), light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const query of ['outlook wont send', 'thnderbrdx']) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), `${colorScheme} ${query}`).toEqual([]);
    }
  }
});

test('the results pages fit a 375 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const query of ['outlook wont send', 'thnderbrdx', 'x'.repeat(200), '']) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, query).toBeLessThanOrEqual(0);
  }
});

test('the dialog and the results page give the same top results', async ({ browser }) => {
  const queries = ['thundrbird imap', 'mailbox full', 'iphone pop'];
  const withJs = await browser.newPage();
  const withoutJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  for (const query of queries) {
    await gotoReady(withJs, '/');
    await withJs.keyboard.press('Control+k');
    await withJs.keyboard.type(query);
    const dialog = dialogOf(withJs);
    await expect(dialog.getByRole('option').first()).toBeVisible();
    await expect(dialog.getByRole('status')).toContainText('match');
    const dialogTitles = (await dialog.getByRole('option').locator('span.font-semibold').allTextContents()).slice(0, 3);

    await withoutJs.goto(`/search?q=${encodeURIComponent(query)}`);
    const pageTitles = (await withoutJs.getByTestId('search-results').locator('li a').allTextContents()).slice(0, 3);
    expect(pageTitles, query).toEqual(dialogTitles);
  }
});
