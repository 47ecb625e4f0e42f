import { describe, expect, it } from 'vitest';
import { BUDGET_TIERS, buildSearchIndex, compactAnchor, excerpt, guideTitle } from '../../lib/search/build';
import { createSearchEngine, decodeIndex, SearchIndexError } from '../../lib/search/engine';
import { MAX_QUERY_LENGTH } from '../../lib/search/normalize';
import { tinySite } from './fixtures';

const built = buildSearchIndex(tinySite());
const engine = createSearchEngine(JSON.parse(built.json));
const hrefs = (query: string, limit = 10) => engine.search(query, { limit }).hits.map((hit) => hit.href);

describe('building the index', () => {
  it('makes one row per article and per setup guide × supported protocol', () => {
    expect(built.payload.pages.map((row) => [row[0], row[1], row[2]])).toEqual([
      [0, 'mailbox-full', ''],
      [0, 'sending', ''],
      [0, 'server-settings', ''],
      [1, 'thunderbird', 'imap'],
      [1, 'thunderbird', 'pop3'],
      [1, 'gmail-app', 'imap'],
    ]);
    expect(built.payload.pages[3]?.[3]).toBe(guideTitle('Thunderbird', 'imap'));
  });

  it('keeps a section written for one protocol off the other protocol page', () => {
    const guideSections = (page: number) => built.payload.sections.filter((row) => row[0] === page).map((row) => row[2]);
    expect(guideSections(3)).toEqual(['Add your account']);
    expect(guideSections(4)).toEqual(['Add your account', 'Leave a copy on the server']);
  });

  it('fills in provider values, per protocol in setup guides', () => {
    const text = (page: number) => built.payload.sections.find((row) => row[0] === page)!.slice(3).join(' ');
    expect(text(3)).toContain('imap.test.example');
    expect(text(4)).toContain('pop.test.example');
    expect(built.json).not.toMatch(/⟦|⟧/);
  });

  it('leaves out anchors the slugger can recompute and keeps the others', () => {
    expect(compactAnchor('free-up-space', 'Free up space')).toBe('');
    expect(compactAnchor('storage-and-sending', 'When your mailbox is full')).toBe('storage-and-sending');
    expect(hrefs('free up space')).toContain('/articles/mailbox-full#free-up-space');
    expect(hrefs('when your mailbox is full')).toContain('/articles/sending#storage-and-sending');
  });

  it('cuts excerpts at a word boundary with an ellipsis', () => {
    expect(excerpt('one two three four', 100)).toBe('one two three four');
    expect(excerpt('one two three four', 10)).toBe('one two…');
    expect(excerpt('anything', 0)).toBe('');
  });

  it('chooses a leaner budget tier when the payload would be too big', () => {
    expect(built.tier).toBe(0);
    const lean = buildSearchIndex(tinySite(), { targetGzipBytes: 1 });
    expect(lean.tier).toBe(BUDGET_TIERS.length - 1);
    expect(lean.json.length).toBeLessThan(built.json.length);
    // Titles and headings always stay searchable.
    expect(createSearchEngine(lean.payload).search('free up space').hits[0]?.href).toBe('/articles/mailbox-full#free-up-space');
  });
});

describe('searching', () => {
  it('puts an exact title first', () => {
    expect(hrefs('my mailbox is full')[0]).toBe('/articles/mailbox-full');
    expect(hrefs('mailbox full')[0]).toBe('/articles/mailbox-full');
  });

  it('ranks a title match above a heading match', () => {
    const results = hrefs('mailbox full');
    expect(results.indexOf('/articles/mailbox-full')).toBeLessThan(results.indexOf('/articles/sending#storage-and-sending'));
  });

  it('forgives typos and matches words still being typed', () => {
    expect(hrefs('thundrbird')[0]).toMatch(/^\/setup\/thunderbird\//);
    expect(hrefs('thund')[0]).toMatch(/^\/setup\/thunderbird\//);
    expect(hrefs('mailbx ful')[0]).toBe('/articles/mailbox-full');
  });

  it('lands on the section that answers', () => {
    expect(hrefs('port 587')[0]).toBe('/articles/sending#check-the-port');
    expect(hrefs('leave copy thunderbird')[0]).toBe('/setup/thunderbird/pop3#leave-a-copy');
  });

  it('shows one result per page unless other sections match about as well', () => {
    const response = engine.search('mailbox full');
    const pageKeys = response.hits.filter((hit) => !hit.secondary).map((hit) => hit.pageKey);
    expect(new Set(pageKeys).size).toBe(pageKeys.length);
    expect(response.total).toBe(pageKeys.length);
  });

  it('lists extra sections only once the query is a few letters long', () => {
    for (const query of ['f', 'fr']) expect(engine.search(query).hits.filter((hit) => hit.secondary), query).toEqual([]);
  });

  it('reports the terms it matched, for highlighting', () => {
    expect(engine.search('thund').matchedTerms).toContain('thunderbird');
    expect(engine.search('iphone').matchedTerms).toEqual([]);
  });

  it('answers empty, punctuation-only and common-word queries without results', () => {
    expect(engine.search('   ').problem).toBe('empty');
    expect(engine.search('?!').problem).toBe('no-words');
    expect(engine.search('how do i').problem).toBe('only-common-words');
    for (const query of ['   ', '?!', 'how do i']) expect(engine.search(query).hits).toEqual([]);
  });

  it('answers a query with no match with zero results, and suggests the closest known words', () => {
    const response = engine.search('zzzz qqqq');
    expect(response.problem).toBeNull();
    expect(response.total).toBe(0);
    expect(engine.suggest('thundrbrd')).toBe('thunderbird');
    expect(engine.suggest('thunderbird')).toBeNull();
  });

  it('finds near matches in relaxed mode that the normal search misses', () => {
    expect(hrefs('thnderbrdd')).toEqual([]);
    expect(engine.search('thnderbrdd', { relaxed: true }).hits[0]?.href).toMatch(/^\/setup\/thunderbird\//);
  });

  it('cuts very long queries and still answers quickly', () => {
    const long = 'mailbox '.repeat(100);
    const started = performance.now();
    const response = engine.search(long);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(response.truncated).toBe(true);
    expect(response.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(response.hits[0]?.href).toBe('/articles/mailbox-full');
  });

  it('respects the page limit', () => {
    expect(engine.search('the mail app', { limit: 1 }).hits.filter((hit) => !hit.secondary)).toHaveLength(1);
  });
});

describe('reading a payload', () => {
  it('rejects a payload from another version or a cut-off file, saying how to fix it', () => {
    expect(() => decodeIndex(null)).toThrow(SearchIndexError);
    expect(() => decodeIndex({ v: 99, pages: [], sections: [], crumbs: [] })).toThrow(/expected version 1, got 99.*npm run build/);
    expect(() => decodeIndex({ v: 1, pages: [], crumbs: [] })).toThrow(/missing/);
    expect(() => decodeIndex({ v: 1, pages: [], sections: [[0, '', 'x', '', '']], crumbs: [] })).toThrow(/section row/);
  });

  it('accepts an empty help center', () => {
    const empty = createSearchEngine({ v: 1, pages: [], sections: [], crumbs: [] });
    expect(empty.search('anything').hits).toEqual([]);
    expect(empty.suggest('anything')).toBeNull();
  });
});
