import { expect, test, type APIResponse, type Page } from '@playwright/test';

/**
 * Security headers (lib/security/headers.mjs, set by next.config.mjs and proxy.ts) and the
 * Content-Security-Policy in a real browser: every page type must run with zero violations.
 */

function expectSecurityHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers['strict-transport-security'], label).toBe('max-age=31536000; includeSubDomains');
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], label).toContain('camera=()');
  expect(headers['cross-origin-opener-policy'], label).toBe('same-origin');
  expect(headers['x-powered-by'], label).toBeUndefined();
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, label).toContain(directive);
  expect(csp, label).toMatch(/(^|; )default-src '(self|none)'/);
  expect(csp, label).not.toContain('unsafe-inline');
  expect(csp, label).not.toContain('unsafe-eval');
  return csp;
}

test('a static page, a page rendered per request, an API route and a 404 carry the security headers', async ({ request }) => {
  const article = await request.get('/articles/webmail');
  expect(article.status()).toBe(200);
  const articleCsp = expectSecurityHeaders(article, 'article');
  // Static pages name their inline scripts by hash; no nonce, so the page stays static.
  expect(articleCsp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(articleCsp).toContain("form-action 'self'");

  const advisor = await request.get('/advisor?devices=2');
  const advisorCsp = expectSecurityHeaders(advisor, 'advisor');
  const nonce = /'nonce-([^']+)'/.exec(advisorCsp)?.[1];
  expect(nonce, 'a per-request page gets a nonce').toBeTruthy();
  // Next.js puts the nonce on its own scripts.
  expect(await advisor.text()).toContain(`nonce="${nonce}"`);
  const again = expectSecurityHeaders(await request.get('/advisor?devices=2'), 'advisor again');
  expect(/'nonce-([^']+)'/.exec(again)?.[1]).not.toBe(nonce);

  const api = await request.get('/api/advisor?devices=2&offline=recent&organize=server');
  expect(api.status()).toBe(200);
  expect(expectSecurityHeaders(api, 'api')).toMatch(/^default-src 'none'/);

  const missing = await request.get('/articles/no-such-article');
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, '404');

  const asset = await request.get('/icon.svg');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect(asset.headers()['strict-transport-security']).toContain('max-age=31536000');
});

/** Collect CSP violations (reported to the page as events, which an init script can hear) and console errors. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console_: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) console_.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  return async () => [...console_, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

const PAGES = [
  '/',
  '/articles/pop3-vs-imap',
  '/articles/email-server-settings#outgoing-mail',
  '/categories/troubleshooting',
  '/tags/imap',
  '/setup/thunderbird/imap',
  '/advisor',
  '/advisor?devices=2',
  '/advisor?devices=2&offline=recent&organize=server&clients=thunderbird,iphone',
  '/advisor?devices=banana&offline=%3Cscript%3E',
  '/search?q=imap',
  '/search?q=zzzzqqqq',
  '/articles/no-such-article',
  '/setup/iphone/imap/profile.mobileconfig?email=nonsense',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`every page type runs with zero CSP violations (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await watchCsp(page);
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      for (const v of await violations()) found.push(`${path}: ${v}`);
    }
    expect(found).toEqual([]);
  });
}

test('the search dialog loads its code and the search index under the CSP', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/articles/webmail');
  await page.locator('dialog[data-shortcuts="on"]').waitFor({ state: 'attached' });
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the help center' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('thunderbird');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the theme script, client navigation, the wizard and the feedback widget work under the CSP', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByTestId('theme-toggle').click();
  await page.reload();
  // The inline theme script (allowed by its hash) ran before paint.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Client-side navigation loads code and data from this origin only.
  await page.getByRole('link', { name: 'POP3 or IMAP?' }).first().click();
  await expect(page).toHaveURL(/\/advisor/);
  await expect(page.getByRole('heading', { name: 'Step 1 of 4' })).toBeVisible();
  await page.goto('/articles/webmail');
  await expect(page.locator('#feedback')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});

test('a failing page shows the friendly error inside the site, logs on the server and leaks nothing', async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto('/test-only/error');
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong on our side');
  // The site's header and search stay.
  await expect(page.getByRole('banner').getByRole('search')).toBeVisible();
  await expect(page.getByRole('main').getByRole('search')).toBeVisible();
  await expect(page.getByTestId('error-reference')).toHaveText(/\S+/);
  const html = await page.content();
  for (const secret of ['secret-token-4711', 'node_modules', '/work/', 'at ']) expect(html).not.toContain(secret === 'at ' ? '    at ' : secret);
  // Searching from the error page works.
  await page.getByRole('main').getByRole('searchbox').fill('imap');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=imap/);
  expect(await violations()).toEqual([]);
});
