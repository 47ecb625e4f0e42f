/**
 * The one set of fuse.js options, used by the search dialog in the browser, the /search page on
 * the server, the tests and the benchmark (they all go through createSearchEngine), so a query
 * ranks the same everywhere.
 */
import type { IFuseOptions } from 'fuse.js';

/**
 * What Fuse reads for each document. Every field is already normalized (lib/search/normalize.ts):
 * lower-case terms separated by single spaces, stop words removed.
 */
export interface FuseFields {
  /** Page title, on the page's own document only. */
  t: string;
  /** Section heading, on section documents only. */
  h: string;
  /** Title of the page a section belongs to, so "thunderbird outgoing" finds Thunderbird's section. */
  p: string;
  /** Tags, platforms and other keywords. */
  k: string;
  /** Excerpt plus the section's most telling words. */
  x: string;
}

/**
 * Weights give the ranking the issue asks for: a title match above a heading match above excerpt
 * text. Fuse multiplies per-field scores (score^(weight × length norm)), so the ratios matter,
 * not the absolute numbers.
 */
export const FIELD_WEIGHTS: Readonly<Record<keyof FuseFields, number>> = { t: 10, h: 6, p: 3, k: 3, x: 1 };

/** Fields and query are normalized the same way before Fuse sees them: split on the spaces. */
const splitTerms = (text: string): string[] => (text ? text.split(' ') : []);

export const FUSE_OPTIONS: IFuseOptions<FuseFields> = {
  keys: (Object.keys(FIELD_WEIGHTS) as Array<keyof FuseFields>).map((name) => ({ name, weight: FIELD_WEIGHTS[name] })),
  // Token search matches each query word on its own (any order), weighting rare words higher,
  // and still forgives typos per word: "thundrbird imap" finds "thunderbird … imap".
  useTokenSearch: true,
  tokenize: splitTerms,
  tokenMatch: 'any',
  // About one typo in four letters. Looser lets "port" match "sort"; tighter loses "outlok".
  threshold: 0.3,
  // A word may be anywhere in a field: headings and excerpts do not put the answer first.
  ignoreLocation: true,
  // Text is already lower-case and accent-free; skipping Fuse's own folding saves work per field.
  isCaseSensitive: true,
  ignoreDiacritics: false,
  includeScore: true,
  // Short fields that match win over long ones, but only mildly: headings differ a lot in length.
  fieldNormWeight: 0.5,
  shouldSort: true,
};

/** For "near matches" when nothing matched: more typos forgiven. */
export const RELAXED_FUSE_OPTIONS: IFuseOptions<FuseFields> = { ...FUSE_OPTIONS, threshold: 0.5 };
