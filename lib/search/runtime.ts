/**
 * What the browser loads on first use of search, in one dynamic import (components/search/load-search.ts):
 * the engine (with fuse.js) and the highlighter. Nothing here is in the first-load JavaScript of pages.
 */
export { createSearchEngine, type SearchEngine } from './engine';
export { highlightParts, type TextPart } from './highlight';
