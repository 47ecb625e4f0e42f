import { expect, test, type Page } from '@playwright/test';

/** Fail the test on any console error or uncaught exception on the page. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a customer goes from the home page to a category and reads an article', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('How can we help');
  await page.getByRole('link', { name: 'Troubleshooting', exact: true }).click();
  await expect(page).toHaveURL(/\/categories\/troubleshooting$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Troubleshooting');
  await page.getByRole('main').getByRole('link', { name: /cannot send/i }).first().click();
  await expect(page).toHaveURL(/\/articles\/cannot-send-email$/);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Troubleshooting');
  await expect(page.locator('article h2').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the flagship article shows the POP3 and IMAP comparison table', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/articles/pop3-vs-imap');
  const table = page.getByTestId('protocol-comparison').getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'POP3' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'IMAP' })).toBeVisible();
  for (const topic of [/where/i, /several devices/i, /offline|without a connection/i, /sent mail/i, /folders/i, /storage|quota/i, /read|flag/i, /backup/i]) {
    await expect(table.getByRole('rowheader', { name: topic }).first()).toBeVisible();
  }
  await expect(page.getByRole('link', { name: /advisor|three questions/i }).first()).toHaveAttribute('href', /^\/advisor/);
  expect(errors).toEqual([]);
});

test('every h2 and h3 has an id that the table of contents links to', async ({ page }) => {
  await page.goto('/articles/email-server-settings');
  const ids = await page.locator('article :is(h2, h3)[id]').evaluateAll((nodes) => nodes.map((n) => n.id));
  expect(ids.length).toBeGreaterThan(2);
  expect(ids).toContain('outgoing-mail');
  const tocTargets = await page.locator('nav[aria-labelledby="toc-heading"] a').evaluateAll((links) =>
    links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash.slice(1))),
  );
  for (const target of tocTargets) expect(ids).toContain(target);
  await page.goto('/articles/email-server-settings#outgoing-mail');
  await expect(page.locator('#outgoing-mail')).toBeInViewport();
});

test('server settings on the page come from provider.yaml', async ({ page }) => {
  await page.goto('/articles/email-server-settings');
  const imap = page.getByTestId('server-settings-imap');
  await expect(imap).toContainText('imap.example.com');
  await expect(imap).toContainText('993');
  await expect(imap).toContainText('SSL/TLS');
  await expect(page.getByTestId('server-settings-smtp')).toContainText('smtp.example.com');
});

test('an unknown article answers 404 with search and popular links', async ({ page }) => {
  const response = await page.goto('/articles/this-does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('could not find');
  await expect(page.getByRole('search').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Popular articles' })).toBeVisible();
});

test('the dark-mode choice persists across a reload without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByTestId('theme-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  // The inline head script sets the theme before the page paints or hydrates.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
});

test('a tag page lists the articles with that tag', async ({ page }) => {
  await page.goto('/articles/pop3-vs-imap');
  await page.getByRole('link', { name: 'imap', exact: true }).first().click();
  await expect(page).toHaveURL(/\/tags\/imap$/);
  await expect(page.getByRole('main').getByRole('link', { name: /POP3 or IMAP/ }).first()).toBeVisible();
});

test('pages fit a 375 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/', '/articles/pop3-vs-imap', '/articles/email-server-settings', '/categories/troubleshooting']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe('accessibility (WCAG 2.2 AA, axe)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every page type and state has no violations in ${scheme} mode`, async ({ page }) => {
      test.setTimeout(120_000);
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      await page.emulateMedia({ colorScheme: scheme });
      const search = (await page.request.get('/search?q=imap')).status() === 200;
      for (const path of [
        '/',
        '/articles/pop3-vs-imap',
        '/articles/email-server-settings',
        '/categories/troubleshooting',
        '/tags/imap',
        '/setup/thunderbird/pop3',
        '/setup/gmail-android/pop3',
        '/articles/missing',
        // Every advisor step as its own address (the no-JS form and the wizard's URL state), a
        // result, and answers that cannot be read.
        '/advisor',
        '/advisor?devices=2',
        '/advisor?devices=2&offline=recent',
        '/advisor?devices=2&offline=recent&organize=server',
        '/advisor?devices=2&offline=recent&organize=server&clients=thunderbird,iphone',
        '/advisor?devices=2&offline=recent&organize=server&clients=thunderbird,iphone&edit=1',
        '/advisor?devices=lots&offline=maybe',
        // The error page (this route exists only with MAILGUIDE_TEST_ERRORS=1, as in the test server).
        '/test-only/error',
        // Search with and without results, once search has landed.
        ...(search ? ['/search?q=imap', '/search?q=zzqxqzz'] : []),
      ]) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${path} ${scheme}: ${v.id} — ${v.help} — ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      }
    });
  }
});

test.describe('accessibility of the search dialog (WCAG 2.2 AA, axe)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the open search dialog has no violations in ${scheme} mode`, async ({ page }) => {
      const hasSearch = (await page.request.get('/search?q=imap')).status() === 200;
      test.skip(!hasSearch, 'search (issue 4) has not been merged into this build yet');
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/articles/webmail');
      // The shortcut works once the page has hydrated (see search.spec.ts).
      await page.locator('dialog[data-shortcuts="on"]').waitFor({ state: 'attached' });
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: 'Search the help center' });
      await expect(dialog).toBeVisible();
      await page.keyboard.type('imap');
      await expect(dialog.getByRole('option').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `search dialog ${scheme}: ${v.id} — ${v.help} — ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  }
});
