import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * Follows every internal link from the home page across the built site, like a search engine
 * would: every page must answer (redirects followed) and every #anchor must name an id on its
 * target page. Feeds and data files (sitemap, profiles, XML) are checked for status only.
 */

const MAX_PAGES = 3_000;

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

function links(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi)].map((m) => decodeEntities(m[1] ?? ''));
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? '')));
}

async function fetchPage(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 5 });
  const type = response.headers()['content-type'] ?? '';
  return { status: response.status(), html: type.includes('text/html') ? await response.text() : '' };
}

test('every internal link and #anchor on the built site resolves', async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? '').origin;
  const pages = new Map<string, { status: number; ids: Set<string> }>();
  const anchors: { from: string; page: string; id: string }[] = [];
  const broken: string[] = [];
  const queue: { url: string; from: string }[] = [{ url: '/', from: '(start)' }];
  const queued = new Set(['/']);

  while (queue.length > 0 && pages.size < MAX_PAGES) {
    const { url, from } = queue.shift()!;
    const { status, html } = await fetchPage(request, url);
    pages.set(url, { status, ids: ids(html) });
    if (status >= 400) {
      broken.push(`${url} → ${status} (linked from ${from})`);
      continue;
    }
    for (const href of links(html)) {
      if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
      const target = new URL(href, `${origin}${url}`);
      if (target.origin !== origin) continue;
      const page = `${target.pathname}${target.search}`;
      if (target.hash.length > 1) anchors.push({ from: url, page, id: decodeURIComponent(target.hash.slice(1)) });
      if (!queued.has(page)) {
        queued.add(page);
        queue.push({ url: page, from: url });
      }
    }
  }
  expect(queue.length, `stopped after ${MAX_PAGES} pages; raise MAX_PAGES if the site really is this big`).toBe(0);

  for (const { from, page, id } of anchors) {
    const target = pages.get(page);
    if (target && target.status < 400 && !target.ids.has(id)) broken.push(`${page}#${id} (linked from ${from}): no element has that id`);
  }
  console.log(`crawl: ${pages.size} pages, ${anchors.length} #anchor links checked`);
  expect(pages.size).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});
