/**
 * The index and engine at the size the issue budgets for: a synthetic help center of 1,000
 * articles (scripts/search-corpus.ts, the benchmark's generator). Sizes and ranking only; speed
 * is measured by `npm run bench:search`, not asserted here (timings on shared machines are noise).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content';
import { buildSearchIndex, type BuiltIndex, type IndexSource } from '../../lib/search/build';
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine';
import { normalizeText } from '../../lib/search/normalize';
import { generateCorpus } from '../../scripts/search-corpus';

let corpus: IndexSource;
let built: BuiltIndex;
let engine: SearchEngine;

beforeAll(async () => {
  const { content } = await loadContent(path.resolve('content'));
  if (!content) throw new Error('content/ has problems; run npm run content:check');
  corpus = generateCorpus(content, 1000, 7);
  built = buildSearchIndex(corpus);
  engine = createSearchEngine(JSON.parse(built.json));
});

/** Every 20th article: 50 samples spread over the corpus. */
const sample = () => corpus.articles.filter((_, i) => i % 20 === 0);
/**
 * The normalized title of the article a hit links to. Normalized, because titles can repeat in a
 * generated corpus and "iPad Mail" and "iPhone Mail" are the same words to search (both "ios").
 */
const titleOf = (href: string | undefined) => {
  const title = corpus.articles.find((a) => `/articles/${a.slug}` === href?.split('#')[0])?.meta.title;
  return title === undefined ? undefined : normalizeText(title);
};

/** Swap two letters in the longest word: the most common typo. */
function withTypo(title: string): string {
  const words = title.split(' ');
  const longest = words.reduce((best, word, i) => (word.length > words[best]!.length ? i : best), 0);
  const word = words[longest]!;
  words[longest] = word.slice(0, 2) + word.charAt(3) + word.charAt(2) + word.slice(4);
  return words.join(' ');
}

describe('search over 1,000 synthetic articles', () => {
  it('keeps the payload within 150 KB gzip', () => {
    expect(built.gzipBytes).toBeLessThanOrEqual(150 * 1024);
  });

  it('finds every sampled article by its exact title, first', () => {
    for (const article of sample()) {
      const first = engine.search(article.meta.title).hits[0];
      expect(titleOf(first?.href), article.meta.title).toBe(normalizeText(article.meta.title));
    }
  });

  it('finds sampled articles in the top 3 with a typo in their longest word', () => {
    let found = 0;
    for (const article of sample()) {
      const pages = engine.search(withTypo(article.meta.title)).hits.filter((hit) => !hit.secondary).slice(0, 3);
      if (pages.some((hit) => titleOf(hit.href) === normalizeText(article.meta.title))) found++;
    }
    expect(found).toBeGreaterThanOrEqual(Math.ceil(sample().length * 0.95));
  });
});
