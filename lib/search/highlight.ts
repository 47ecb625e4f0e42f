/**
 * Split a text into plain and matched parts, so results can mark matched words as React text
 * (<mark>), never as HTML. A word is matched when its normalized term is one the query matched
 * (SearchResponse.matchedTerms), so "thund" marks "Thunderbird" and "iphone" marks "iPhone".
 */
import { wordSpans } from './normalize';

export interface TextPart {
  text: string;
  hit: boolean;
}

export function highlightParts(text: string, terms: ReadonlySet<string>): TextPart[] {
  if (!text) return [];
  if (terms.size === 0) return [{ text, hit: false }];
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const span of wordSpans(text)) {
    // Spans can repeat for a word that folds into several parts; mark each stretch once.
    if (!span.term || !terms.has(span.term) || span.start < cursor) continue;
    if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), hit: false });
    parts.push({ text: text.slice(span.start, span.end), hit: true });
    cursor = span.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), hit: false });
  return parts;
}
