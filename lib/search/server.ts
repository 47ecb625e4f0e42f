/**
 * The search index and engine on the server, built once per content version from getContent():
 * /search-index.json serves `built.json`, and the /search page searches with `engine`, the same
 * index the browser downloads, so both give the same results.
 */
import { getContent, type Content } from '../content';
import { buildSearchIndex, type BuiltIndex } from './build';
import { createSearchEngine, type SearchEngine } from './engine';

let memo: { content: Content; built: BuiltIndex; engine: SearchEngine } | null = null;

export async function getSearch(): Promise<{ content: Content; built: BuiltIndex; engine: SearchEngine }> {
  const content = await getContent();
  // getContent() returns the same object until a content file changes (npm run dev), so this
  // rebuilds exactly when the pages do.
  if (!memo || memo.content !== content) {
    const built = buildSearchIndex(content);
    memo = { content, built, engine: createSearchEngine(built.payload) };
  }
  return memo;
}
