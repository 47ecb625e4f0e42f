/**
 * The search engine shared by the browser dialog, the /search page, the tests and the benchmark.
 *
 * Fuse scanning every section of a large site is too slow for results as you type (issue 4:
 * ~45 ms at 1,000 titles). So a query runs in two steps:
 *  1. Narrow: each query word is looked up in an inverted index of normalized terms, as an exact
 *     word, as a prefix (the word being typed), and with typos (bounded edit distance over the
 *     vocabulary, which grows far slower than the number of pages). The documents containing
 *     the most query words, weighted by field and rarity, become at most CANDIDATES candidates.
 *  2. Rank: Fuse, with the shared options (fuse-options.ts), scores only those candidates. A
 *     misspelled word is handed to Fuse as its closest spelling in the vocabulary.
 * Then results are grouped: one per page, plus other sections of the page that match about as
 * well; an exact title comes first, and a long tail of far weaker matches is left out.
 *
 * Measured with `npm run bench:search` (see README): p95 of a few milliseconds at 10,000
 * articles in Node, so it runs on the main thread; a Web Worker would only add a message round
 * trip and a second copy of the code.
 */
import Fuse from 'fuse.js';
import { slug } from 'github-slugger';
import { articleHref, setupHref } from '../routes';
import { allowedEdits, boundedDistance } from './distance';
import { FUSE_OPTIONS, RELAXED_FUSE_OPTIONS, type FuseFields } from './fuse-options';
import { normalizeTerms, prepareQuery, wordSpans } from './normalize';
import { SEARCH_INDEX_VERSION, type PageRow, type SearchHit, type SearchIndexPayload, type SearchResponse, type SectionRow } from './types';

/** Documents handed to Fuse per query. Enough for recall (checked by the ranking tests), small enough for speed. */
export const CANDIDATES = 120;
/** At most this many vocabulary words per query word (prefixes of one letter match thousands). */
const EXPANSIONS_PER_TERM = 48;
/** Extra sections shown under a page when several of its sections match well. */
const MAX_EXTRA_SECTIONS = 2;

interface Doc extends FuseFields {
  page: number;
  isPage: boolean;
  href: string;
  kind: 'article' | 'guide';
  pageKey: string;
  title: string;
  heading: string | null;
  crumbs: string[];
  excerpt: string;
}

const FIELD_BITS = { t: 1, h: 2, p: 4, k: 8, x: 16 } as const;
const FIELD_NARROW_WEIGHT: Record<keyof typeof FIELD_BITS, number> = { t: 1, h: 0.85, p: 0.5, k: 0.6, x: 0.35 };
/** Narrowing weight of a document for a term found in the fields of `mask`: the best field, plus a little per extra field. */
const MASK_WEIGHT = Array.from({ length: 32 }, (_, mask) => {
  const weights = (Object.keys(FIELD_BITS) as Array<keyof typeof FIELD_BITS>)
    .filter((field) => mask & FIELD_BITS[field])
    .map((field) => FIELD_NARROW_WEIGHT[field])
    .sort((a, b) => b - a);
  return (weights[0] ?? 0) + weights.slice(1).reduce((sum, w) => sum + w * 0.1, 0);
});

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(`The search index could not be read: ${message}. Rebuild the site (npm run build) so /search-index.json matches the code.`);
    this.name = 'SearchIndexError';
  }
}

/** Check the payload's shape cheaply (it is our own build output, but may be stale or cut off). */
export function decodeIndex(payload: unknown): SearchIndexPayload {
  if (!payload || typeof payload !== 'object') throw new SearchIndexError('it is not a JSON object');
  const data = payload as Partial<SearchIndexPayload>;
  if (data.v !== SEARCH_INDEX_VERSION) throw new SearchIndexError(`expected version ${SEARCH_INDEX_VERSION}, got ${String(data.v)}`);
  if (!Array.isArray(data.pages) || !Array.isArray(data.sections) || !Array.isArray(data.crumbs)) {
    throw new SearchIndexError('pages, sections or crumbs are missing');
  }
  for (const page of data.pages) if (!Array.isArray(page) || page.length !== 8) throw new SearchIndexError('a page row is malformed');
  for (const section of data.sections) {
    if (!Array.isArray(section) || section.length !== 5 || typeof section[0] !== 'number' || section[0] >= data.pages.length) {
      throw new SearchIndexError('a section row is malformed');
    }
  }
  return data as SearchIndexPayload;
}

interface Expansion {
  term: string;
  /** 1 for the word itself, less for a prefix or a typo. */
  quality: number;
  typo: boolean;
}

export interface SearchOptions {
  /** Pages to return (their extra sections come on top). Default 10. */
  limit?: number;
  /** Forgive more typos: for "near matches" when the normal search found nothing. */
  relaxed?: boolean;
}

export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchResponse;
  /** The query with each unknown word replaced by the closest known one ("thundrbrd" → "thunderbird"), or null. */
  suggest(query: string): string | null;
  readonly stats: { pages: number; sections: number; documents: number; terms: number };
}

function pageHref(row: PageRow, anchor?: string): string {
  const [kind, key, protocol] = row;
  return kind === 1 && protocol ? setupHref(key, protocol, anchor) : articleHref(key, anchor);
}

/** The distinct words of a text, sorted: equal for "mailbox full" and "My mailbox is full". */
function termKey(terms: readonly string[]): string {
  return [...new Set(terms)].sort().join(' ');
}

/** The set of characters a word uses, as bits (characters beyond 31 share bits, which only weakens the test). */
function letterSignature(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) % 31);
  return bits;
}

function popcount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}

/** Insert into a sorted array of at most `limit` items (best first) by `key` descending. */
function keepTop(list: Array<{ doc: number; key: number }>, item: { doc: number; key: number }, limit: number): void {
  if (list.length === limit && item.key <= list[list.length - 1]!.key) return;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.key >= item.key) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
  if (list.length > limit) list.pop();
}

export interface EngineOptions {
  /**
   * Remember how each query word expanded (typing "thund", "thunde", … repeats work). On by
   * default; the benchmark turns it off so every timed query does the full work.
   */
  cacheExpansions?: boolean;
}

export function createSearchEngine(payload: unknown, engineOptions: EngineOptions = {}): SearchEngine {
  const cacheExpansions = engineOptions.cacheExpansions ?? true;
  const index = decodeIndex(payload);
  const docs: Doc[] = [];
  /** The word as readers spell it, for "did you mean" (normalized terms are stems). */
  const surface = new Map<string, string>();

  const normalizeVisible = (text: string): string => {
    const terms: string[] = [];
    for (const span of wordSpans(text)) {
      if (!span.term) continue;
      terms.push(span.term);
      if (!surface.has(span.term)) surface.set(span.term, text.slice(span.start, span.end).toLowerCase());
    }
    return terms.join(' ');
  };

  const pageTitles: string[] = [];
  index.pages.forEach((row, pageIndex) => {
    const [kind, key, protocol, title, crumbId, keywords, excerpt, terms] = row;
    const t = normalizeVisible(title);
    pageTitles.push(t);
    docs.push({
      t,
      h: '',
      p: '',
      k: normalizeVisible(keywords),
      x: `${normalizeTerms(excerpt).join(' ')} ${terms}`.trim(),
      page: pageIndex,
      isPage: true,
      href: pageHref(row),
      kind: kind === 1 ? 'guide' : 'article',
      pageKey: kind === 1 ? `guide:${key}:${protocol}` : `article:${key}`,
      title,
      heading: null,
      crumbs: index.crumbs[crumbId] ?? [],
      excerpt,
    });
  });
  for (const row of index.sections as SectionRow[]) {
    const [pageIndex, anchor, heading, excerpt, terms] = row;
    const page = docs[pageIndex]!;
    docs.push({
      t: '',
      h: normalizeVisible(heading),
      p: pageTitles[pageIndex] ?? '',
      k: '',
      x: `${normalizeTerms(excerpt).join(' ')} ${terms}`.trim(),
      page: pageIndex,
      isPage: false,
      // An empty anchor means "what the slugger makes of the heading" (see compactAnchor in build.ts).
      href: pageHref(index.pages[pageIndex]!, anchor || slug(heading)),
      kind: page.kind,
      pageKey: page.pageKey,
      title: page.title,
      heading,
      crumbs: page.crumbs,
      excerpt,
    });
  }

  // Inverted index: term → documents (ascending) with the fields the term occurs in. Built from
  // flat typed arrays (one counting sort) rather than an array per term: loading a large index
  // in the browser is then dominated by reading it, not by garbage collection.
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  let pairDoc = new Int32Array(1024);
  let pairTerm = new Int32Array(1024);
  let pairBit = new Uint8Array(1024);
  let pairs = 0;
  const fields = Object.keys(FIELD_BITS) as Array<keyof typeof FIELD_BITS>;
  docs.forEach((doc, id) => {
    for (const field of fields) {
      const text = doc[field];
      if (!text) continue;
      const bit = FIELD_BITS[field];
      for (const term of text.split(' ')) {
        let termId = termIds.get(term);
        if (termId === undefined) {
          termId = termNames.length;
          termIds.set(term, termId);
          termNames.push(term);
        }
        if (pairs === pairDoc.length) {
          const grow = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
            const bigger = make(array.length * 2);
            bigger.set(array);
            return bigger;
          };
          pairDoc = grow(pairDoc, (n) => new Int32Array(n));
          pairTerm = grow(pairTerm, (n) => new Int32Array(n));
          pairBit = grow(pairBit, (n) => new Uint8Array(n));
        }
        pairDoc[pairs] = id;
        pairTerm[pairs] = termId;
        pairBit[pairs] = bit;
        pairs++;
      }
    }
  });
  const termCount = termNames.length;
  const termStart = new Int32Array(termCount + 1);
  for (let i = 0; i < pairs; i++) termStart[pairTerm[i]! + 1]!++;
  for (let t = 0; t < termCount; t++) termStart[t + 1]! += termStart[t]!;
  const termLength = new Int32Array(termCount);
  const postingDoc = new Int32Array(pairs);
  const postingMask = new Uint8Array(pairs);
  for (let i = 0; i < pairs; i++) {
    const t = pairTerm[i]!;
    const base = termStart[t]!;
    const length = termLength[t]!;
    // Pairs arrive in document order, so a repeat of the same document is always the last entry.
    if (length > 0 && postingDoc[base + length - 1] === pairDoc[i]) postingMask[base + length - 1]! |= pairBit[i]!;
    else {
      postingDoc[base + length] = pairDoc[i]!;
      postingMask[base + length] = pairBit[i]!;
      termLength[t] = length + 1;
    }
  }
  const documentFrequency = (term: string): number => {
    const id = termIds.get(term);
    return id === undefined ? 0 : termLength[id]!;
  };
  const vocabulary = [...termNames].sort();
  const signatures = Int32Array.from(vocabulary, letterSignature);
  /** Positions in `vocabulary` by word length: typos are looked for among words of similar length. */
  const byLength: number[][] = [];
  vocabulary.forEach((term, position) => (byLength[term.length] ??= []).push(position));
  /** Positions in `vocabulary` of the words that start with `prefix`: [from, to). */
  const prefixRange = (prefix: string): [number, number] => {
    const lowerBound = (value: string) => {
      let lo = 0;
      let hi = vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (vocabulary[mid]! < value) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return [lowerBound(prefix), lowerBound(`${prefix}\uffff`)];
  };
  /** Vocabulary words within `edits` of `term`, with their distance (0 excluded). */
  const typoNeighbours = (term: string, edits: number, visit: (candidate: string, distance: number) => void) => {
    const signature = letterSignature(term);
    for (let length = Math.max(1, term.length - edits); length <= term.length + edits; length++) {
      for (const position of byLength[length] ?? []) {
        // Each edit adds or removes at most two letters from the set a word uses: a cheap test
        // that rules out most of the vocabulary before the edit distance is computed.
        if (popcount(signature ^ signatures[position]!) > 2 * edits) continue;
        const candidate = vocabulary[position]!;
        const distance = boundedDistance(term, candidate, edits);
        if (distance > 0 && distance <= edits) visit(candidate, distance);
      }
    }
  };
  const documentCount = docs.length;
  const idf = (term: string) => Math.log(1 + documentCount / Math.max(1, documentFrequency(term)));

  const expansionCache = new Map<string, Expansion[]>();
  function expand(term: string, partial: boolean, relaxed: boolean): Expansion[] {
    const cacheKey = `${term}\u0000${partial ? 1 : 0}${relaxed ? 1 : 0}`;
    const cached = expansionCache.get(cacheKey);
    if (cached) return cached;
    const found = new Map<string, { quality: number; typo: boolean }>();
    const offer = (candidate: string, quality: number, typo = false) => {
      if ((found.get(candidate)?.quality ?? 0) < quality) found.set(candidate, { quality, typo });
    };
    if (termIds.has(term)) offer(term, 1);
    // Prefixes: the word being typed ("thund"), and any word of 3+ letters ("addr" → address).
    const minPrefix = partial ? 1 : relaxed ? 2 : 3;
    if (term.length >= minPrefix) {
      const [from, to] = prefixRange(term);
      const prefixed: string[] = [];
      for (let i = from; i < to; i++) if (vocabulary[i] !== term) prefixed.push(vocabulary[i]!);
      if (prefixed.length > EXPANSIONS_PER_TERM) {
        // Most used words first: "t" should offer "thunderbird" before a rare word.
        prefixed.sort((a, b) => documentFrequency(b) - documentFrequency(a));
        prefixed.length = EXPANSIONS_PER_TERM;
      }
      for (const candidate of prefixed) offer(candidate, 0.6 + 0.3 * (term.length / candidate.length));
    }
    // Typos, by bounded edit distance. A word the site uses is taken as meant ("port" is not
    // "sort"), except when looking for near matches.
    const known = termIds.has(term);
    const edits = Math.min(3, allowedEdits(term.length) + (relaxed && term.length >= 3 ? 1 : 0));
    if (edits > 0 && (!known || relaxed)) {
      typoNeighbours(term, edits, (candidate, distance) => offer(candidate, (0.85 - 0.2 * distance) * (known ? 0.5 : 1), true));
      // A typo in a word still being typed: "thundr" against the first letters of "thunderbird".
      // Typos in the first letter are rare; only words sharing it are tried.
      if (partial && term.length >= 5) {
        const [from, to] = prefixRange(term.charAt(0));
        for (let i = from; i < to; i++) {
          const candidate = vocabulary[i]!;
          if (candidate.length > term.length && boundedDistance(term, candidate.slice(0, term.length), 1) === 1) offer(candidate, 0.5, true);
        }
      }
    }
    let expansions: Expansion[] = [...found].map(([candidate, { quality, typo }]) => ({ term: candidate, quality, typo }));
    if (expansions.length > EXPANSIONS_PER_TERM) {
      expansions.sort((a, b) => b.quality - a.quality || documentFrequency(b.term) - documentFrequency(a.term));
      expansions = expansions.slice(0, EXPANSIONS_PER_TERM);
    }
    if (cacheExpansions) {
      if (expansionCache.size > 500) expansionCache.clear();
      expansionCache.set(cacheKey, expansions);
    }
    return expansions;
  }

  // Scratch space reused by every query (documents × one number each).
  const termScore = new Float32Array(documentCount);
  const total = new Float32Array(documentCount);
  const covered = new Uint16Array(documentCount);

  function narrow(expansionsPerTerm: Expansion[][]): number[] {
    const touched: number[] = [];
    expansionsPerTerm.forEach((expansions, termIndex) => {
      const seen: number[] = [];
      for (const { term, quality } of expansions) {
        const termId = termIds.get(term);
        if (termId === undefined) continue;
        const weight = quality * idf(term);
        const from = termStart[termId]!;
        const to = from + termLength[termId]!;
        for (let i = from; i < to; i++) {
          const id = postingDoc[i]!;
          const score = weight * MASK_WEIGHT[postingMask[i]!]!;
          const before = termScore[id]!;
          if (before === 0) seen.push(id);
          if (score > before) termScore[id] = score;
        }
      }
      for (const id of seen) {
        if (covered[id] === 0) touched.push(id);
        covered[id]! |= 1 << termIndex;
        total[id]! += termScore[id]!;
        termScore[id] = 0;
      }
    });
    const top: Array<{ doc: number; key: number }> = [];
    for (const id of touched) {
      // Documents with more of the query's words first, then by weighted strength.
      keepTop(top, { doc: id, key: popcount(covered[id]!) * 1e6 + total[id]! }, CANDIDATES);
      covered[id] = 0;
      total[id] = 0;
    }
    return top.map((entry) => entry.doc);
  }

  let strictFuse: Fuse<Doc> | null = null;
  let relaxedFuse: Fuse<Doc> | null = null;

  function search(raw: string, options: SearchOptions = {}): SearchResponse {
    const limit = options.limit ?? 10;
    const relaxed = options.relaxed ?? false;
    const query = prepareQuery(raw);
    const empty: SearchResponse = { query: query.text, truncated: query.truncated, problem: query.problem, hits: [], total: 0, matchedTerms: [] };
    if (query.problem) return empty;

    const expansions = query.terms.map((term, i) => expand(term, query.lastIsPartial && i === query.terms.length - 1, relaxed));
    const candidates = narrow(expansions);
    if (candidates.length === 0) return empty;

    const fuse = relaxed
      ? (relaxedFuse ??= new Fuse<Doc>([], RELAXED_FUSE_OPTIONS as ConstructorParameters<typeof Fuse<Doc>>[1]))
      : (strictFuse ??= new Fuse<Doc>([], FUSE_OPTIONS as ConstructorParameters<typeof Fuse<Doc>>[1]));
    fuse.setCollection(candidates.map((id) => docs[id]!));
    // Fuse's bitap counts a swap of two letters as two errors, so "edsion" would not match
    // "edison". A word the site does not use is handed to Fuse as its best spelling from the
    // vocabulary; known words and words still being typed go as typed.
    const fuseTerms = query.terms.map((term, i) => {
      const best = expansions[i]?.reduce<Expansion | null>((a, b) => (!a || b.quality > a.quality ? b : a), null);
      return best?.typo ? best.term : term;
    });
    const ranked = fuse.search(fuseTerms.join(' '));

    // An exact title comes first: "mailbox full" → "My mailbox is full" (same words, any order).
    const wanted = termKey(query.terms);
    const scored = ranked.map((result) => {
      const doc = result.item;
      const raw = result.score ?? 1;
      const exact = doc.isPage && termKey(doc.t.split(' ')) === wanted;
      return { doc, score: exact ? 0 : raw, evidence: evidence(raw) };
    });
    scored.sort((a, b) => a.score - b.score);
    // Drop the long tail of documents that matched one common word somewhere in their text,
    // when others matched far better: they only bury the answer (and inflate the count).
    const strongest = scored.reduce((max, entry) => Math.max(max, entry.evidence), 0);
    const kept = scored.filter((entry) => entry.score === 0 || entry.evidence >= strongest * WEAK_SHARE);

    const pages = new Map<number, { best: number; hits: SearchHit[] }>();
    const order: number[] = [];
    // One or two letters match too much for extra sections to mean anything.
    const allowExtras = query.text.length >= 3;
    for (const { doc, score, evidence: strength } of kept) {
      const hit = (secondary: boolean): SearchHit => ({
        href: doc.href,
        kind: doc.kind,
        pageKey: doc.pageKey,
        title: doc.title,
        heading: doc.heading,
        crumbs: doc.crumbs,
        excerpt: doc.excerpt,
        score,
        secondary,
      });
      const entry = pages.get(doc.page);
      if (!entry) {
        pages.set(doc.page, { best: strength, hits: [hit(false)] });
        order.push(doc.page);
      } else if (allowExtras && !doc.isPage && entry.hits.length <= MAX_EXTRA_SECTIONS && matchesAsWell(strength, entry.best)) {
        entry.hits.push(hit(true));
      }
    }
    const hits = order.slice(0, limit).flatMap((page) => pages.get(page)!.hits);
    // Highlight what the reader meant: typo neighbours of a word the site uses ("port" → "sort") are not marked.
    const matchedTerms = [
      ...new Set(expansions.flatMap((list, i) => list.filter((e) => !e.typo || !termIds.has(query.terms[i]!)).map((e) => e.term))),
    ];
    return { ...empty, hits, total: order.length, matchedTerms };
  }

  /** The known word closest to `term`, among words readers see (titles, headings, keywords). */
  function closestKnown(term: string): string | null {
    const maxDistance = Math.min(3, allowedEdits(term.length) + 1);
    let best: string | null = null;
    let bestDistance = maxDistance + 1;
    let bestFrequency = -1;
    typoNeighbours(term, maxDistance, (candidate, distance) => {
      if (!surface.has(candidate)) return;
      const frequency = documentFrequency(candidate);
      if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
        best = candidate;
        bestDistance = distance;
        bestFrequency = frequency;
      }
    });
    return best;
  }

  function suggest(raw: string): string | null {
    const query = prepareQuery(raw);
    if (query.problem) return null;
    let changed = false;
    const words = query.terms.map((term) => {
      if (termIds.has(term)) return surface.get(term) ?? term;
      const best = closestKnown(term);
      if (!best) return term;
      changed = true;
      return surface.get(best) ?? best;
    });
    return changed ? words.join(' ') : null;
  }

  return {
    search,
    suggest,
    stats: { pages: index.pages.length, sections: index.sections.length, documents: documentCount, terms: termCount },
  };
}

/**
 * How strongly a document matched: Fuse multiplies per-field scores (each below 1, weighted by
 * field), so −log(score) adds up the evidence of every field that matched.
 */
function evidence(score: number): number {
  return -Math.log(Math.max(score, 1e-12));
}

/** Results with less than this share of the best result's evidence are left out. */
const WEAK_SHARE = 0.1;
/** An extra section must be a clear match in its own right (Fuse score ≤ 0.6)… */
const SECONDARY_MIN_EVIDENCE = evidence(0.6);

/** …and about as strong as its page's best hit: at least two thirds of its evidence. */
function matchesAsWell(strength: number, best: number): boolean {
  return strength >= SECONDARY_MIN_EVIDENCE && strength >= best * (2 / 3);
}
