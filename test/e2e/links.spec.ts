import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

/**
 * Links that never break: copy-link buttons, redirects from old addresses, drafts kept out of the
 * production build, and a sitemap that lists exactly the published pages. Runs against the
 * production build, so SITE_URL here must be the one the build was made with.
 */
const SITE = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const CONTENT = path.resolve(process.env.CONTENT_DIR ?? 'content');

/** What the content folder says is published, read straight from the files (not from the app). */
function publishedFromContent() {
  const frontmatter = (file: string) => {
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
    return (parseYaml(match?.[1] ?? '') ?? {}) as Record<string, unknown>;
  };
  const read = (folder: string) =>
    readdirSync(path.join(CONTENT, folder))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({ name: name.replace(/\.mdx$/, ''), meta: frontmatter(path.join(CONTENT, folder, name)) }));
  const articles = read('articles');
  const clients = read('clients');
  const categories = parseYaml(readFileSync(path.join(CONTENT, 'categories.yaml'), 'utf8')) as Array<{ id: string }>;
  const live = <T extends { meta: Record<string, unknown> }>(docs: T[]) => docs.filter((d) => d.meta.draft !== true);
  const liveTags = new Set(live(articles).flatMap((a) => a.meta.tags as string[]));
  return {
    drafts: articles.filter((a) => a.meta.draft === true).map((a) => a.name),
    draftOnlyTags: [...new Set(articles.filter((a) => a.meta.draft === true).flatMap((a) => a.meta.tags as string[]))].filter((t) => !liveTags.has(t)),
    paths: [
      '/',
      '/advisor',
      ...live(articles).map((a) => `/articles/${a.name}`),
      ...categories.map((c) => `/categories/${c.id}`),
      ...[...liveTags].map((tag) => `/tags/${tag}`),
      ...live(clients).flatMap((c) => (c.meta.protocols as string[]).map((protocol) => `/setup/${c.name}/${protocol}`)),
    ],
  };
}

test.describe('copy a link to a section or an article', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('the button on a heading appears on hover and copies the section’s absolute URL', async ({ page }) => {
    await page.goto('/articles/email-server-settings');
    const heading = page.locator('h2#outgoing-mail');
    const button = heading.getByRole('button', { name: 'Copy link to section “Outgoing mail”' });
    await expect(button).toHaveCSS('opacity', '0');
    await heading.hover();
    await expect(button).toHaveCSS('opacity', '1');
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/articles/email-server-settings#outgoing-mail`);
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
  });

  test('a keyboard user sees the button on focus and copies with Enter', async ({ page }) => {
    await page.goto('/articles/email-server-settings');
    const button = page.locator('h3#which-port-should-i-use').getByRole('button');
    // Start at the previous heading's button and Tab forward, as a keyboard user would.
    await page.locator('h2#ssltls-or-starttls').getByRole('button').focus();
    for (let presses = 0; presses < 20 && !(await button.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(button).toBeFocused();
    await expect(button).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/articles/email-server-settings#which-port-should-i-use`);
    await expect(page.getByTestId('copy-link-status')).toHaveText('Link copied');
  });

  test('"Copy link to this article" copies the article’s address and says so', async ({ page }) => {
    await page.goto('/articles/webmail');
    const button = page.getByRole('button', { name: 'Copy link to this article' });
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/articles/webmail`);
    await expect(button).toContainText('Copied');
    await expect(page.getByTestId('copy-link-status')).toHaveText('Link copied');
  });

  test('without JavaScript each heading still has a plain #link to its section', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/articles/email-server-settings');
    const link = page.locator('h2#outgoing-mail').getByRole('link', { name: 'Link to section “Outgoing mail”' });
    await expect(link).toHaveAttribute('href', '#outgoing-mail');
    await link.click();
    await expect(page).toHaveURL(/\/articles\/email-server-settings#outgoing-mail$/);
    await context.close();
  });
});

test('the copy-link controls pass an accessibility check in light and dark, on a phone and a desktop', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  for (const [width, scheme] of [[375, 'light'], [1280, 'dark']] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/articles/email-server-settings');
    // Show every heading button (as on hover) and one in its "copied" state, so axe checks them visible.
    // Through the CSSOM: the site's CSP (rightly) refuses an injected <style> element.
    await page.locator('.heading-anchor').evaluateAll((nodes) => nodes.forEach((n) => (n as HTMLElement).style.setProperty('opacity', '1', 'important')));
    await page.getByRole('button', { name: 'Copy link to this article' }).click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${width}px ${scheme}`).toEqual([]);
  }
});

test.describe('old addresses keep working', () => {
  test('an article’s alias answers 308 with the new address', async ({ request }) => {
    const response = await request.get('/articles/server-settings', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe('/articles/email-server-settings');
  });

  test('an old link to a section lands on the same section of the renamed article', async ({ page }) => {
    await page.goto('/articles/server-settings#outgoing-mail');
    await expect(page).toHaveURL(/\/articles\/email-server-settings#outgoing-mail$/);
    await expect(page.locator('#outgoing-mail')).toBeInViewport();
  });

  test('a setup guide’s old id answers 308 and keeps the protocol', async ({ request }) => {
    for (const protocol of ['imap', 'pop3']) {
      const response = await request.get(`/setup/mozilla-thunderbird/${protocol}`, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers().location).toBe(`/setup/thunderbird/${protocol}`);
    }
    const other = await request.get('/setup/mozilla-thunderbird/smtp', { maxRedirects: 0 });
    expect(other.status()).toBe(404);
  });
});

test.describe('drafts stay out of production', () => {
  const { drafts, draftOnlyTags } = publishedFromContent();

  test('the content folder has a draft to test with', () => {
    expect(drafts.length).toBeGreaterThan(0);
    expect(draftOnlyTags.length).toBeGreaterThan(0);
  });

  test('a draft answers 404 and is in no listing, tag page or sitemap', async ({ page, request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const slug of drafts) {
      expect((await request.get(`/articles/${slug}`)).status()).toBe(404);
      expect(sitemap).not.toContain(`/articles/${slug}<`);
      await page.goto('/');
      await expect(page.locator(`a[href="/articles/${slug}"]`)).toHaveCount(0);
      await page.goto('/categories/mail-apps');
      await expect(page.locator(`a[href="/articles/${slug}"]`)).toHaveCount(0);
    }
    // A tag that only drafts carry gets no page at all.
    for (const tag of draftOnlyTags) {
      expect((await request.get(`/tags/${tag}`)).status(), tag).toBe(404);
      expect(sitemap).not.toContain(`/tags/${tag}<`);
    }
  });
});

test.describe('search engines and sharing', () => {
  test('the sitemap lists every published page, and each page answers 200', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    const { paths } = publishedFromContent();
    expect([...listed].sort()).toEqual(paths.map((p) => `${SITE}${p}`).sort());
    // /advisor and /setup/… are built in other parts of the app; once their route exists it must answer.
    const routeBuilt = (p: string) =>
      (!p.startsWith('/advisor') || existsSync('app/advisor')) && (!p.startsWith('/setup/') || existsSync('app/setup'));
    for (const url of listed) {
      const pathname = new URL(url).pathname;
      if (!routeBuilt(pathname)) continue;
      expect((await request.get(pathname, { maxRedirects: 0 })).status(), pathname).toBe(200);
    }
  });

  test('robots.txt allows crawling and points at the sitemap', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Allow: /');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });

  test('an article has a canonical URL, Open Graph and Article structured data', async ({ page }) => {
    await page.goto('/articles/webmail');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/articles/webmail`);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${SITE}/articles/webmail`);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Mailguide');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect(data).toMatchObject({ '@type': 'TechArticle', url: `${SITE}/articles/webmail` });
    expect(data.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  });

  test('the app icon is served', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
    expect(href).toBeTruthy();
    const icon = await request.get(href ?? '');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
  });
});
