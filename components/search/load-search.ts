/**
 * Loads the search engine (fuse.js and lib/search) and the index on first use: a dynamic import
 * and a fetch, so neither is in the first-load JavaScript of any page. Started early when the
 * reader points at or focuses a search field, and shared by everything on the page.
 */
import type { SearchEngine } from '@/lib/search/engine';
import type { TextPart } from '@/lib/search/highlight';
import { SEARCH_INDEX_PATH } from '@/lib/search/types';

export interface LoadedSearch {
  engine: SearchEngine;
  highlight: (text: string, terms: ReadonlySet<string>) => TextPart[];
}

let pending: Promise<LoadedSearch> | null = null;

export function loadSearch(): Promise<LoadedSearch> {
  if (!pending) {
    const loading = Promise.all([
      import('@/lib/search/runtime'),
      fetch(SEARCH_INDEX_PATH, { credentials: 'same-origin' }).then((response) => {
        if (!response.ok) throw new Error(`${SEARCH_INDEX_PATH} answered ${response.status}`);
        return response.json() as Promise<unknown>;
      }),
    ]).then(([runtime, payload]) => ({ engine: runtime.createSearchEngine(payload), highlight: runtime.highlightParts }));
    pending = loading;
    // A failed load (offline, a deploy in progress) is retried on the next use, not remembered.
    loading.catch(() => {
      if (pending === loading) pending = null;
    });
  }
  return pending;
}

/** Start loading without waiting (on hover or focus of a search field). */
export function preloadSearch(): void {
  loadSearch().catch(() => {});
}
