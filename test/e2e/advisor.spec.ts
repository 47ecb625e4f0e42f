import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Press Tab until the focused element matches, like a keyboard user would (bounded). */
async function tabTo(page: Page, predicate: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`never reached ${predicate} with Tab`);
}

test('the wizard works end to end with the keyboard alone, one question per step', async ({ page }) => {
  await page.goto('/advisor');
  await expect(page.getByRole('heading', { name: 'Step 1 of 4' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Step 2 of 4' })).toBeHidden();
  await expectNoAxeViolations(page, 'step 1');

  // Step 1: devices. Tab into the radio group, arrow keys choose, Tab to Next, Enter.
  await tabTo(page, `document.activeElement?.name === 'devices'`);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown'); // 2 devices
  await tabTo(page, `document.activeElement?.textContent === 'Next'`);
  await page.keyboard.press('Enter');

  const step2 = page.getByRole('heading', { name: 'Step 2 of 4' });
  await expect(step2).toBeFocused();
  await expect(page).toHaveTitle(/Step 2 of 4/);
  await expect(page).toHaveURL(/devices=2/);
  await expectNoAxeViolations(page, 'step 2');

  // Step 2: offline — "recent".
  await tabTo(page, `document.activeElement?.name === 'offline'`);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, `document.activeElement?.textContent === 'Next'`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Step 3 of 4' })).toBeFocused();
  await expectNoAxeViolations(page, 'step 3');

  // Step 3: Next without an answer explains what is missing; then choose "server".
  await tabTo(page, `document.activeElement?.textContent === 'Next'`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Choose one answer to continue.');
  await page.getByRole('radio', { name: /match everywhere/ }).focus();
  await page.keyboard.press('Space');
  await tabTo(page, `document.activeElement?.textContent === 'Next'`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Step 4 of 4' })).toBeFocused();
  await expectNoAxeViolations(page, 'step 4');

  // Step 4: pick Thunderbird, then show the recommendation.
  await tabTo(page, `document.activeElement?.value === 'thunderbird'`);
  await page.keyboard.press('Space');
  await tabTo(page, `document.activeElement?.textContent === 'Show my recommendation'`);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/advisor\?devices=2&offline=recent&organize=server&clients=thunderbird$/);
  await expect(page.getByTestId('verdict-protocol')).toHaveText('Use IMAP');
  await expect(page.getByTestId('client-thunderbird')).toContainText('imap.example.com');
});

test('Back returns to the previous step with its answer kept', async ({ page }) => {
  await page.goto('/advisor');
  await page.getByRole('radio', { name: '3' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Step 1 of 4' })).toBeFocused();
  await expect(page.getByRole('radio', { name: '3' })).toBeChecked();
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the plain form shows every question and submits to a shareable result', async ({ page }) => {
    await page.goto('/advisor');
    await expect(page.getByRole('group', { name: 'How many devices read this mailbox?' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Which mail apps do you use?' })).toBeVisible();
    await page.getByRole('radio', { name: '1', exact: true }).check();
    await page.getByRole('radio', { name: /whole archive/ }).check();
    await page.getByRole('radio', { name: /on this computer only/ }).check();
    await page.getByRole('checkbox', { name: /Thunderbird/ }).check();
    await page.getByRole('checkbox', { name: /iPhone/ }).check();
    await page.getByRole('button', { name: 'Show my recommendation' }).click();
    // Repeated clients= from the form are turned into the one canonical, shareable address.
    await expect(page).toHaveURL(/\/advisor\?devices=1&offline=all&organize=local&clients=thunderbird,iphone$/);
    await expect(page.getByTestId('verdict-protocol')).toHaveText('Use POP3');
    await expect(page.getByTestId('client-iphone')).toContainText('pop.example.com');
  });
});

test('a result URL opened in a fresh page shows the same result, with reasons, caveats and steps', async ({ browser }) => {
  const url = '/advisor?devices=3&offline=none&organize=server&clients=outlook-windows,gmail-android';
  const first = await browser.newPage();
  await first.goto(url);
  const verdict = await first.getByTestId('verdict').textContent();
  await first.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByTestId('verdict')).toHaveText(verdict ?? '');
  await expect(page.getByRole('heading', { name: 'Why IMAP' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why not POP3' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Good to know' })).toBeVisible();
  await expect(page.getByTestId('client-outlook-windows')).toContainText('smtp.example.com');
  await expect(page.getByTestId('client-outlook-windows').getByRole('link', { name: 'Show the POP3 steps instead' })).toHaveAttribute(
    'href',
    '/setup/outlook-windows/pop3',
  );
  await expectNoAxeViolations(page, 'result');
  await context.close();
});

test('"Change my answers" returns to the questions with the answers kept', async ({ page }) => {
  await page.goto('/advisor?devices=2&offline=all&organize=none');
  await page.getByRole('link', { name: 'Change my answers' }).click();
  await expect(page.getByRole('heading', { name: /Step \d of 4/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: '2', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('radio', { name: /whole archive/ })).toBeChecked();
});

test('on paper the result keeps the verdict, the settings and the steps, and drops navigation', async ({ page }) => {
  await page.goto('/advisor?devices=1&offline=all&organize=local&clients=thunderbird');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Why POP3' })).toBeHidden();
  await expect(page.getByTestId('result-copy-link')).toBeHidden();
  await expect(page.getByTestId('heading-copy-link').first()).toBeHidden();
  await expect(page.getByTestId('verdict')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your POP3 settings' })).toBeVisible();
  await expect(page.getByTestId('client-thunderbird')).toBeVisible();
});

test('answers that cannot be read are named, valid ones are kept, and nothing is echoed as markup', async ({ page }) => {
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  const response = await page.goto(`/advisor?devices=abc&offline=maybe&organize=server&clients=${hostile},thunderbird`);
  expect(response?.status()).toBe(200);
  const alert = page.locator('#advisor-problems');
  await expect(alert).toContainText('devices');
  await expect(alert).toContainText(/offline|without a connection/i);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.content()).not.toContain('<img src=x');
  // With JavaScript, the wizard opens at the first unanswered question; the kept answers are checked.
  await expect(page.getByRole('heading', { name: 'Step 1 of 4' })).toBeVisible();
  await page.getByRole('radio', { name: '1', exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /whole archive/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('radio', { name: /match everywhere/ })).toBeChecked();
});

test('odd advisor links never fail', async ({ request }) => {
  const cases = ['devices=-1', 'devices=1e99', 'devices=2&devices=3', `devices=${'9'.repeat(10_000)}`, 'offline=%FF', 'clients=nope', 'organize[]=x', '%%%'];
  for (const query of cases) {
    const response = await request.get(`/advisor?${query}`, { maxRedirects: 0 });
    expect(response.status(), query).toBeLessThan(500);
  }
});

test('support tools get the same answer as JSON', async ({ request }) => {
  const ok = await request.get('/api/advisor?devices=1&offline=all&organize=local&clients=thunderbird,gmail-android,nope');
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.protocol).toBe('pop3');
  expect(body.clients).toEqual([
    expect.objectContaining({ id: 'thunderbird', protocol: 'pop3', setupUrl: expect.stringMatching(/\/setup\/thunderbird\/pop3$/) }),
    // The Gmail app has no POP3 guide: it gets the protocol it supports.
    expect.objectContaining({ id: 'gmail-android', protocol: 'imap' }),
  ]);
  expect(body.problems).toEqual([expect.objectContaining({ param: 'clients' })]);

  const bad = await request.get('/api/advisor?devices=abc');
  expect(bad.status()).toBe(400);
  const problems = (await bad.json()).problems.map((p: { param: string }) => p.param);
  expect(problems).toEqual(expect.arrayContaining(['devices', 'offline', 'organize']));
});

test('every app × protocol setup page exists, and unsupported ones point to the supported protocol', async ({ page, request }) => {
  const ids = ['outlook-windows', 'outlook-new', 'outlook-mac', 'thunderbird', 'apple-mail', 'iphone', 'gmail-android', 'samsung-email', 'em-client'];
  for (const id of ids) {
    for (const protocol of ['imap', 'pop3']) {
      const response = await request.get(`/setup/${id}/${protocol}`);
      expect(response.status(), `${id}/${protocol}`).toBe(200);
    }
  }
  await page.goto('/setup/thunderbird/pop3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up Thunderbird with POP3');
  await expect(page.getByRole('main')).toContainText('pop.example.com');
  await expect(page.getByRole('main')).toContainText('Leave messages on server');
  await page.goto('/setup/gmail-android/pop3');
  await expect(page.getByRole('heading', { level: 2, name: /does not offer POP3/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Set up Gmail app \(Android\) with IMAP/ })).toHaveAttribute('href', '/setup/gmail-android/imap');
  // Apps that can configure themselves say so above the manual steps.
  await page.goto('/setup/iphone/imap');
  await expect(page.getByTestId('auto-setup')).toContainText('Set up automatically');
  await expect(page.getByTestId('auto-setup').getByRole('button', { name: 'Download profile' })).toBeVisible();
  await page.goto('/setup/thunderbird/imap');
  await expect(page.getByTestId('auto-setup')).toHaveAttribute('data-kind', 'autoconfig');
  expect((await request.get('/setup/thunderbird/smtp')).status()).toBe(404);
  expect((await request.get('/setup/nope/imap')).status()).toBe(404);
});
