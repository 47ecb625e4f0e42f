/**
 * The search index as it travels to the browser (`/search-index.json`). Rows are tuples rather
 * than objects: with ~9 rows per article, repeating key names would be a large share of the bytes.
 * `decodeIndex` in engine.ts is the only reader; `buildSearchIndex` in build.ts the only writer.
 */

import type { Protocol } from '../protocol';

export const SEARCH_INDEX_VERSION = 1;

/**
 * Queries are cut to this many characters (after trimming); the rest is ignored and the reader is
 * told. Also the maxLength of every search field. Here rather than in normalize.ts so the search
 * fields can use it without pulling the normalizer into the first-load JavaScript.
 */
export const MAX_QUERY_LENGTH = 200;

/** Where the browser fetches the index from (app/search-index.json/route.ts serves it). */
export const SEARCH_INDEX_PATH = '/search-index.json';

/** 0: an article (/articles/<key>), 1: a setup guide (/setup/<key>/<protocol>). */
export type PageKind = 0 | 1;

/**
 * One page: [kind, key, protocol ('' for articles), title, breadcrumb trail (index into `crumbs`),
 * keywords (tags, platforms…), excerpt shown in results, extra normalized terms from the page's intro].
 */
export type PageRow = [kind: PageKind, key: string, protocol: '' | Protocol, title: string, crumbs: number, keywords: string, excerpt: string, terms: string];

/**
 * One h2/h3 section of a page: [page (index into `pages`), heading id, heading text, excerpt,
 * extra normalized terms from the rest of the section].
 */
export type SectionRow = [page: number, anchor: string, heading: string, excerpt: string, terms: string];

export interface SearchIndexPayload {
  v: typeof SEARCH_INDEX_VERSION;
  /** Breadcrumb trails, shared by the pages that use them, e.g. ["Troubleshooting"]. */
  crumbs: string[][];
  pages: PageRow[];
  sections: SectionRow[];
}

/** One result as the dialog and the /search page show it. */
export interface SearchHit {
  /** Site-relative link from lib/routes.ts, with the section's #anchor when the hit is a section. */
  href: string;
  kind: 'article' | 'guide';
  /** Groups hits of the same page: `article:<slug>` or `guide:<id>:<protocol>`. */
  pageKey: string;
  /** The page title. */
  title: string;
  /** The section heading, or null when the hit is the page itself. */
  heading: string | null;
  /** Breadcrumb labels above the page, e.g. ["Troubleshooting"] or ["Setup guides"]. */
  crumbs: string[];
  excerpt: string;
  /** Fuse score after ranking adjustments: lower is better, 0 is perfect. */
  score: number;
  /** True for an extra section of a page already shown above it (several sections matched well). */
  secondary: boolean;
}

export interface SearchResponse {
  /** The query as searched (cleaned and cut); show this, not the raw input. */
  query: string;
  truncated: boolean;
  problem: 'empty' | 'no-words' | 'only-common-words' | null;
  hits: SearchHit[];
  /** How many pages matched (before `limit`); each page counts once. */
  total: number;
  /** Normalized index terms the query matched, for highlighting words in titles and excerpts. */
  matchedTerms: string[];
}
