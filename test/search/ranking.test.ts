/**
 * Ranking over the real content in content/: what customers and support agents type, and the page
 * (or section) that must come up. Uses the same index the site serves and the same engine the
 * dialog and the /search page use.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../lib/content';
import { setupHref } from '../../lib/routes';
import { buildSearchIndex, type BuiltIndex } from '../../lib/search/build';
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine';
import type { SearchHit } from '../../lib/search/types';

let content: Content;
let built: BuiltIndex;
let engine: SearchEngine;

beforeAll(async () => {
  const result = await loadContent(path.resolve('content'));
  if (!result.content) throw new Error(`content/ has problems: ${result.problems.map((p) => p.message).join('; ')}`);
  content = result.content;
  built = buildSearchIndex(content);
  // Exactly what the browser gets: the served JSON, parsed.
  engine = createSearchEngine(JSON.parse(built.json));
});

/** Pages in result order (a page's extra sections do not count as places). */
function pages(query: string, limit = 10): SearchHit[] {
  return engine.search(query, { limit }).hits.filter((hit) => !hit.secondary);
}
const pathOf = (hit: SearchHit | undefined) => hit?.href.split('#')[0];

describe('ranking over the real content', () => {
  it('"thundrbird imap" (typo) puts the Thunderbird IMAP setup guide in the top 3', () => {
    expect(pages('thundrbird imap').slice(0, 3).map(pathOf)).toContain(setupHref('thunderbird', 'imap'));
  });

  it('"outlok" (typo) puts an Outlook setup guide first', () => {
    const first = pages('outlok')[0];
    expect(first?.href).toMatch(/^\/setup\/outlook-/);
  });

  it('"port 587" finds the server settings article first, at the section about ports', () => {
    const first = pages('port 587')[0];
    expect(pathOf(first)).toBe('/articles/email-server-settings');
    expect(first?.href).toBe('/articles/email-server-settings#which-port-should-i-use');
  });

  it('"mailbox full" puts "My mailbox is full" first (an exact title comes first)', () => {
    expect(pages('mailbox full')[0]?.href).toBe('/articles/mailbox-full');
    expect(pages('My mailbox is full')[0]?.href).toBe('/articles/mailbox-full');
  });

  it('"iphone pop" finds the iPhone POP3 setup guide first (iphone = ios, pop = pop3)', () => {
    expect(pages('iphone pop')[0]?.href).toBe(setupHref('iphone', 'pop3'));
  });

  it('"outlook wont send" lands on the section about Outlook not sending', () => {
    const top = pages('outlook wont send').slice(0, 3);
    expect(top.map(pathOf)).toContain('/articles/cannot-send-email');
    expect(pages("outlook won't send")[0]?.href).toBe(pages('outlook wont send')[0]?.href);
  });

  it.each([
    ['certificate warning', '/articles/certificate-warning'],
    ['change password', '/articles/change-email-password'],
    ['set up mx records', '/articles/set-up-mx-records'],
    ['setup mx record', '/articles/set-up-mx-records'],
    ['backup', '/articles/back-up-your-email'],
    ['back up my e-mail', '/articles/back-up-your-email'],
    ['webmail', '/articles/webmail'],
    ['not receiving email', '/articles/cannot-receive-email'],
    ['switch pop3 to imap', '/articles/switch-from-pop3-to-imap'],
    ['google mail', '/articles/gmail-pop-fetch-ending'],
  ])('"%s" puts %s first', (query, expected) => {
    expect(pathOf(pages(query)[0])).toBe(expected);
  });

  it('ranks a title match above a heading match above text', () => {
    // "certificate" is the title of one article and a heading in another.
    const hits = pages('certificate');
    const titleHit = hits.findIndex((hit) => hit.href === '/articles/certificate-warning');
    const headingHit = hits.findIndex((hit) => hit.href === '/articles/email-server-settings#certificate-warnings');
    expect(titleHit).toBe(0);
    expect(headingHit).toBeGreaterThan(titleHit);
  });

  it('highlights what the reader meant: typo neighbours of a real word are not marked', () => {
    const { matchedTerms } = engine.search('port 587');
    expect(matchedTerms).toEqual(expect.arrayContaining(['port', '587']));
    expect(matchedTerms).not.toContain('sort');
    expect(engine.search('thundrbird').matchedTerms).toContain('thunderbird');
  });

  it('finds provider values written as settings in the text: host names and ports', () => {
    expect(pathOf(pages('smtp.example.com')[0])).toBe('/articles/email-server-settings');
    expect(pages('993').length).toBeGreaterThan(0);
  });

  it('shows results from the first keystrokes: "thu" already offers Thunderbird', () => {
    expect(pathOf(pages('thu')[0])).toMatch(/^\/setup\/thunderbird\//);
    expect(pages('o').length).toBeGreaterThan(0);
  });

  it('leaves out pages that only mention a common word in passing when others match well', () => {
    // Every setup guide mentions "port" somewhere; only the two articles about ports answer "port 587".
    expect(pages('port 587').map(pathOf).sort()).toEqual(['/articles/cannot-send-email', '/articles/email-server-settings']);
  });

  it('shows other sections of a page when they match about as well as its best hit', () => {
    const response = engine.search('back up');
    expect(response.hits[0]?.href).toBe('/articles/back-up-your-email');
    const extras = response.hits.filter((hit) => hit.secondary && hit.pageKey === 'article:back-up-your-email');
    expect(extras.length).toBeGreaterThan(0);
    for (const extra of extras) expect(extra.href).toMatch(/^\/articles\/back-up-your-email#/);
  });

  it('gives one result per page, with other sections only when they match about as well', () => {
    const response = engine.search('back up', { limit: 10 });
    const primaries = response.hits.filter((hit) => !hit.secondary).map((hit) => hit.pageKey);
    expect(new Set(primaries).size).toBe(primaries.length);
    for (const [index, hit] of response.hits.entries()) {
      if (!hit.secondary) continue;
      // An extra section sits right after its own page's hits.
      const owner = response.hits.slice(0, index).reverse().find((h) => !h.secondary);
      expect(owner?.pageKey).toBe(hit.pageKey);
    }
  });
});

describe('the index built from the real content', () => {
  it('links every section hit to an anchor that exists on its page', () => {
    const anchors = new Map<string, Set<string>>();
    for (const article of content.articles) anchors.set(`/articles/${article.slug}`, new Set(article.headings.map((h) => h.id)));
    for (const client of content.clients) {
      for (const protocol of client.meta.protocols) {
        anchors.set(setupHref(client.id, protocol), new Set(client.headings.filter((h) => !h.only || h.only === protocol).map((h) => h.id)));
      }
    }
    const response = engine.search('the', { limit: 1 });
    expect(response.problem).toBe('only-common-words');
    // Every document: search each page title and check all of its hits.
    let checked = 0;
    for (const [page, ids] of anchors) {
      for (const id of ids) {
        const hits = engine.search(id.replace(/-/g, ' '), { limit: 50 }).hits.filter((hit) => hit.href.startsWith(`${page}#`));
        for (const hit of hits) {
          expect(ids.has(hit.href.split('#')[1]!), hit.href).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('indexes each setup guide once per protocol the app supports, with lib/routes links', () => {
    const guideKeys = built.payload.pages.filter((row) => row[0] === 1).map((row) => `${row[1]}/${row[2]}`);
    const expected = content.clients.flatMap((client) => client.meta.protocols.map((protocol) => `${client.id}/${protocol}`));
    expect(guideKeys.sort()).toEqual(expected.sort());
    // The Gmail app has no POP3 support: it must not be offered.
    expect(guideKeys).not.toContain('gmail-android/pop3');
    expect(pages('gmail android')[0]?.href).toBe(setupHref('gmail-android', 'imap'));
  });

  it('keeps protocol-only text on its own protocol page', () => {
    // The iPhone guide tells POP3 readers that IMAP usually works better on a phone; that sentence is POP3-only.
    const guide = content.clients.find((c) => c.id === 'iphone');
    const pop3Only = guide?.sections.flatMap((s) => s.chunks).find((chunk) => chunk.only === 'pop3');
    expect(pop3Only).toBeDefined();
    const imapRows = built.payload.pages.filter((row) => row[1] === 'iphone' && row[2] === 'imap');
    expect(imapRows).toHaveLength(1);
  });

  it('resolves every ⟦setting⟧ placeholder to the provider value', () => {
    expect(built.json).not.toContain('⟦');
    // Values land in the index as normalized words: "smtp.example.com" → smtp example com, ports as numbers.
    const whichPort = built.payload.sections.find((row) => row[2] === 'Which port should I use?');
    expect(`${whichPort?.[3]} ${whichPort?.[4]}`).toMatch(/\b587\b/);
  });

  it('fits the small real site in the richest budget tier', () => {
    expect(built.tier).toBe(0);
    expect(built.gzipBytes).toBeLessThan(60 * 1024);
  });

  it('gives the same results from the served JSON as from the in-memory index (dialog = /search page)', () => {
    const server = createSearchEngine(built.payload);
    for (const query of ['thundrbird imap', 'port 587', 'mailbox full', 'outlok']) {
      expect(server.search(query).hits.map((h) => h.href), query).toEqual(engine.search(query).hits.map((h) => h.href));
    }
  });
});
