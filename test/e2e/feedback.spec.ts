import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import nodePath from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { startNextServer, type NextServer } from '../../scripts/next-server';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The database of the server Playwright started (see playwright.config.ts). */
const e2eDb = () => {
  const file = process.env.FEEDBACK_E2E_DB;
  if (!file) throw new Error('FEEDBACK_E2E_DB is not set; run the tests through playwright.config.ts');
  return file;
};

async function counts(request: APIRequestContext, page: string): Promise<{ yes: number; no: number }> {
  const response = await request.get(`/api/feedback?page=${encodeURIComponent(page)}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { yes: number; no: number };
}

/** The staff report exactly as staff run it, against the e2e database. */
function staffReport(...args: string[]): string {
  const tsx = createRequire(nodePath.join(process.cwd(), 'package.json')).resolve('tsx/cli');
  return execFileSync(process.execPath, [tsx, 'scripts/feedback-report.ts', ...args], {
    env: { ...process.env, FEEDBACK_DB: e2eDb() },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).include('#feedback').withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Script errors on the page and failed feedback requests. Failed loads of other resources are left
 * to the tests that own them (on this branch the footer's /advisor link is prefetched before the
 * advisor page exists).
 */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.url().includes('/api/feedback') && response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

const widget = (page: Page) => page.locator('#feedback');
const yesButton = (page: Page) => widget(page).getByRole('button', { name: 'Yes', exact: true });
// <summary> is exposed as a button in Chromium's accessibility tree (a disclosure).
const noButton = (page: Page) => widget(page).locator('summary', { hasText: 'No' });

// Each test votes on a page of its own: the workers share one database.
test.describe('"Was this helpful?" with JavaScript', () => {
  test('Yes is recorded without a reload, focus moves to the thank-you and it is announced', async ({ page, request }) => {
    const errors = watchErrors(page);
    const path = '/articles/webmail';
    const before = await counts(request, path);
    await page.goto(path);
    await expect(widget(page).getByRole('heading', { name: 'Was this helpful?' })).toBeVisible();
    // A marker on window survives only if the page is not reloaded.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await yesButton(page).click();
    const thanks = page.locator('#feedback-thanks');
    await expect(thanks).toBeFocused();
    await expect(thanks).toContainText('Thank you for your feedback.');
    await expect(widget(page).getByRole('status')).toHaveText('Thank you for your feedback.');
    await expect(widget(page).locator('form')).toBeHidden();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(page.url()).toMatch(/\/articles\/webmail$/);
    const after = await counts(request, path);
    expect(after.yes).toBe(before.yes + 1);
    const people = after.yes === 1 ? '1 person found this helpful' : `${after.yes} people found this helpful`;
    await expect(page.getByTestId('feedback-count')).toHaveText(people);
    expect(errors).toEqual([]);
  });

  test('No opens the comment box with a counter; the comment reaches the staff report', async ({ page, request }) => {
    const errors = watchErrors(page);
    const path = '/articles/mailbox-full';
    const marker = `e2e-${Date.now()}`;
    const before = await counts(request, path);
    await page.goto(path);
    await noButton(page).click();
    const comment = page.getByLabel('What were you looking for? (optional)');
    await expect(comment).toBeFocused();
    await expect(page.getByText('1,000 of 1,000 characters left.')).toBeVisible();
    // Near the limit the count is spoken once, not at every keystroke.
    await comment.fill('x'.repeat(950));
    await expect(widget(page).getByRole('status')).toHaveText('50 characters left.');
    const text = `How do I empty the trash on my phone? <b>${marker}</b>`;
    await comment.fill(text);
    await expect(page.getByText(`${(1000 - text.length).toLocaleString('en-US')} of 1,000 characters left.`)).toBeVisible();
    await expect(comment).toHaveAttribute('maxlength', '1000');
    await widget(page).getByRole('button', { name: 'Send feedback' }).click();
    await expect(page.locator('#feedback-thanks')).toBeFocused();
    const after = await counts(request, path);
    expect(after).toEqual({ page: path, yes: before.yes, no: before.no + 1 });
    // Staff see it, as plain text, under the page.
    const report = staffReport('--comments', '100');
    expect(report).toContain(path);
    expect(report).toContain(`“${text}”`);
    expect(errors).toEqual([]);
  });

  test('after voting, the next article opened from a link asks afresh', async ({ page }) => {
    await page.goto('/articles/cannot-receive-email');
    await yesButton(page).click();
    await expect(page.locator('#feedback-thanks')).toBeFocused();
    const next = page.getByRole('region', { name: 'Related articles' }).getByRole('link').first();
    const href = await next.getAttribute('href');
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(yesButton(page)).toBeVisible();
    await expect(page.locator('#feedback-thanks')).toBeHidden();
  });

  test('a refused vote shows what happened and keeps the form usable', async ({ page }) => {
    await page.route('**/api/feedback', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 429, headers: { 'retry-after': '42', 'content-type': 'application/json' }, body: '{"error":"too many votes"}' })
        : route.continue(),
    );
    await page.goto('/articles/change-email-password');
    await yesButton(page).click();
    const alert = widget(page).getByRole('alert');
    await expect(alert).toHaveText('You have sent a lot of feedback in the last minute. Please try again in 42 seconds.');
    await expect(alert).toBeFocused();
    await expect(yesButton(page)).toBeEnabled();
    await expect(page.locator('#feedback-thanks')).toBeHidden();
  });

  test('shows the count of people who found a page helpful, fetched fresh', async ({ page, request }) => {
    const path = '/articles/certificate-warning';
    for (let i = 0; i < 2; i += 1) expect((await request.post('/api/feedback', { data: { page: path, vote: 'yes' } })).status()).toBe(201);
    const { yes } = await counts(request, path);
    await page.goto(path);
    await expect(page.getByTestId('feedback-count')).toHaveText(`${yes} people found this helpful`);
  });

  test('fits a 375 px screen with the comment box open', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/articles/set-up-mx-records');
    await noButton(page).click();
    const box = await widget(page).boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    const textarea = await page.getByLabel('What were you looking for? (optional)').boundingBox();
    expect(textarea?.x).toBeGreaterThanOrEqual(box?.x ?? 0);
    expect((textarea?.x ?? 0) + (textarea?.width ?? 0)).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe('"Was this helpful?" without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Yes posts the form and the page comes back with the thank-you', async ({ page, request }) => {
    const path = '/articles/back-up-your-email';
    const before = await counts(request, path);
    await page.goto(path);
    await yesButton(page).click();
    await expect(page).toHaveURL(/\/articles\/back-up-your-email\?feedback=thanks#feedback-thanks$/);
    await expect(page.locator('#feedback-thanks')).toBeVisible();
    await expect(page.locator('#feedback-thanks')).toContainText('Thank you for your feedback.');
    await expect(widget(page).locator('form')).toBeHidden();
    expect((await counts(request, path)).yes).toBe(before.yes + 1);
  });

  test('No with a comment posts both in one form and reaches the staff report', async ({ page, request }) => {
    const path = '/articles/gmail-pop-fetch-ending';
    const marker = `nojs-${Date.now()}`;
    const before = await counts(request, path);
    await page.goto(path);
    await noButton(page).click();
    await page.getByLabel('What were you looking for? (optional)').fill(`Line one\nline two ${marker}`);
    await widget(page).getByRole('button', { name: 'Send feedback' }).click();
    await expect(page).toHaveURL(/\?feedback=thanks#feedback-thanks$/);
    await expect(page.locator('#feedback-thanks')).toBeVisible();
    expect(await counts(request, path)).toEqual({ page: path, yes: before.yes, no: before.no + 1 });
    expect(staffReport('--comments', '100')).toContain(`“Line one ⏎ line two ${marker}”`);
  });

  test('a refused form post gets a readable page with the status and a way back', async ({ page }) => {
    // Forge a form post for a page that does not exist, as a stale or tampered form would.
    await page.goto('/articles/webmail');
    await page.locator('input[name=page]').evaluate((input) => ((input as HTMLInputElement).value = '/articles/gone'));
    const [response] = await Promise.all([page.waitForResponse('**/api/feedback'), yesButton(page).click()]);
    expect(response.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not read that feedback');
    await expect(page.getByText('is not a published article or setup guide')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the help center' })).toHaveAttribute('href', '/');
  });

});

test.describe('accessibility of the server-rendered widget, as it is before or without JavaScript', () => {
  // axe needs script in the page, so instead of switching JavaScript off, keep the site's own
  // scripts from loading: the page stays exactly the HTML and CSS a reader without JavaScript gets.
  test.beforeEach(async ({ page }) => {
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
  });

  test('passes axe before voting and on the thank-you the form post lands on', async ({ page }) => {
    await page.goto('/articles/choose-pop3-or-imap');
    expect(await axe(page)).toEqual([]);
    await noButton(page).click();
    await expect(page.getByLabel('What were you looking for? (optional)')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.goto('/articles/choose-pop3-or-imap?feedback=thanks#feedback-thanks');
    await expect(page.locator('#feedback-thanks')).toBeVisible();
    await expect(widget(page).locator('form')).toBeHidden();
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('accessibility of the widget (axe, WCAG 2.2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`before and after voting, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/articles/pop3-vs-imap');
      await widget(page).scrollIntoViewIfNeeded();
      expect(await axe(page)).toEqual([]);
      await noButton(page).click();
      await expect(page.getByLabel('What were you looking for? (optional)')).toBeFocused();
      expect(await axe(page)).toEqual([]);
      await widget(page).getByRole('button', { name: 'Send feedback' }).click();
      await expect(page.locator('#feedback-thanks')).toBeFocused();
      expect(await axe(page)).toEqual([]);
    });
  }
});

test.describe('durability against the production server', () => {
  // These start servers of their own; on a busy 2-core machine that takes a while.
  test.describe.configure({ timeout: 180_000 });

  let dir: string;
  const servers: NextServer[] = [];
  test.beforeEach(() => {
    dir = mkdtempSync(nodePath.join(os.tmpdir(), 'mailguide-durability-'));
  });
  test.afterEach(async () => {
    while (servers.length) await servers.pop()?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const start = async (env: Record<string, string>) => {
    const server = await startNextServer({ env });
    servers.push(server);
    return server;
  };
  const vote = (server: NextServer, body: object, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });

  test('votes survive a restart; the rate limit and the origin check hold on the real server', async () => {
    const db = nodePath.join(dir, 'feedback.sqlite');
    const first = await start({ FEEDBACK_DB: db, FEEDBACK_RATE_LIMIT: '3' });
    const page = '/setup/thunderbird/imap';
    for (let i = 0; i < 3; i += 1) expect((await vote(first, { page, vote: i === 0 ? 'no' : 'yes' })).status).toBe(201);
    const limited = await vote(first, { page, vote: 'yes' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const crossSite = await vote(first, { page, vote: 'yes' }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    await first.stop();

    const second = await start({ FEEDBACK_DB: db, FEEDBACK_RATE_LIMIT: '3' });
    const response = await fetch(`${second.url}/api/feedback?page=${encodeURIComponent(page)}`);
    expect(await response.json()).toEqual({ page, yes: 2, no: 1 });
  });

  test('every vote answered 2xx is in the database after the server is killed with SIGKILL mid-burst', async () => {
    const db = nodePath.join(dir, 'feedback.sqlite');
    const server = await start({ FEEDBACK_DB: db, FEEDBACK_RATE_LIMIT: '0' });
    const pages = ['/articles/webmail', '/articles/mailbox-full', '/setup/thunderbird/pop3'];
    const acknowledged: string[] = [];
    const refused: string[] = [];
    let sent = 0;
    let killed = false;
    const KILL_AFTER = 150; // acknowledged votes before the kill: well inside the burst
    const PER_WORKER = 400; // far more than can be answered before the kill

    // 32 clients each send votes one after another, each vote tagged with a unique comment.
    const worker = async (w: number) => {
      for (let i = 0; i < PER_WORKER && !killed; i += 1) {
        const id = `burst-${w}-${i}`;
        sent += 1;
        try {
          const response = await vote(server, { page: pages[i % pages.length], vote: i % 2 ? 'yes' : 'no', comment: id });
          if (response.status === 201) acknowledged.push(id);
          else refused.push(`${response.status} ${await response.text()}`);
        } catch {
          return; // the server is gone: this vote was never acknowledged
        }
      }
    };
    const burst = Promise.all(Array.from({ length: 32 }, (_, w) => worker(w)));
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < KILL_AFTER) {
      expect(Date.now(), `only ${acknowledged.length} votes answered in 60 s`).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await server.crash();
    killed = true;
    await burst;
    expect(refused).toEqual([]);
    const answered = new Set(acknowledged);
    expect(sent).toBeGreaterThan(answered.size); // some votes were in flight when it died

    // Restart on the same file: SQLite recovers the WAL; then look for every acknowledged vote.
    const restarted = await start({ FEEDBACK_DB: db, FEEDBACK_RATE_LIMIT: '0' });
    const reader = new Database(db, { readonly: true });
    const stored = new Set(reader.prepare('SELECT comment FROM votes').pluck().all() as string[]);
    const totals = reader.prepare('SELECT sum(yes) + sum(no) FROM page_totals').pluck().get() as number;
    reader.close();
    const lost = [...answered].filter((id) => !stored.has(id));
    expect(lost, `${lost.length} acknowledged votes lost`).toEqual([]);
    // The running totals were committed with the votes, so they agree after the crash too.
    expect(totals).toBe(stored.size);
    let served = 0;
    for (const page of pages) {
      const response = await fetch(`${restarted.url}/api/feedback?page=${encodeURIComponent(page)}`);
      const body = (await response.json()) as { yes: number; no: number };
      served += body.yes + body.no;
    }
    expect(served).toBe(stored.size);
    test.info().annotations.push({
      type: 'durability',
      description: `${answered.size} votes acknowledged before SIGKILL, ${stored.size} stored, ${sent - stored.size} never committed, 0 lost`,
    });
  });
});
