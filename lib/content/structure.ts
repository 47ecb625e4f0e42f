/**
 * Collects what other parts of the site need from a compiled document, in the same pass that
 * gives headings their ids (rehype-slug runs first, so ids here are the ids on the page):
 * the h2/h3 outline for the table of contents and anchors, and plain text per section for the
 * search index and excerpts.
 */

import type { Protocol } from '../protocol';

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
  /** Set when the heading sits inside <OnlyFor protocol="…"> in a setup guide. */
  only?: Protocol;
}

/** A run of text; `only` marks text inside <OnlyFor>. Settings appear as ⟦name⟧ placeholders. */
export interface TextChunk {
  text: string;
  only?: Protocol;
}

export interface Section {
  /** '' for the text before the first heading. */
  id: string;
  heading: string;
  depth: 0 | 2 | 3;
  only?: Protocol;
  chunks: TextChunk[];
}

export interface DocumentStructure {
  headings: Heading[];
  sections: Section[];
}

interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: HastNode[];
}

export const SETTING_OPEN = '⟦';
export const SETTING_CLOSE = '⟧';

function attribute(node: HastNode, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return String(node.value ?? '');
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Setting') {
    return `${SETTING_OPEN}${attribute(node, 'name') ?? ''}${SETTING_CLOSE}`;
  }
  // <Protocol /> in a setup guide: resolveSetting(provider, 'protocol', p) gives "IMAP" or "POP3".
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Protocol') {
    return `${SETTING_OPEN}protocol${SETTING_CLOSE}`;
  }
  return (node.children ?? []).map(textOf).join('');
}

const BLOCK_TAGS = new Set(['p', 'li', 'td', 'th', 'tr', 'pre', 'blockquote', 'h4', 'h5', 'h6', 'dt', 'dd']);

export function rehypeCollectStructure(out: DocumentStructure) {
  return () => (tree: HastNode) => {
    let current: Section = { id: '', heading: '', depth: 0, chunks: [] };
    out.sections.push(current);

    const push = (text: string, only?: Protocol) => {
      if (!text) return;
      const last = current.chunks[current.chunks.length - 1];
      if (last && last.only === only) last.text += text;
      else current.chunks.push(only ? { text, only } : { text });
    };

    const walk = (node: HastNode, only?: Protocol) => {
      if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
        const id = typeof node.properties?.id === 'string' ? node.properties.id : '';
        const text = textOf(node).trim();
        const depth = node.tagName === 'h2' ? 2 : 3;
        out.headings.push(only ? { depth, id, text, only } : { depth, id, text });
        current = only ? { id, heading: text, depth, only, chunks: [] } : { id, heading: text, depth, chunks: [] };
        out.sections.push(current);
        return;
      }
      if (node.type === 'text') {
        push(String(node.value ?? ''), only);
        return;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        if (node.name === 'Setting' || node.name === 'Protocol') {
          push(textOf(node), only);
          return;
        }
        if (node.name === 'Compare') {
          push(` ${['topic', 'pop3', 'imap'].map((a) => attribute(node, a) ?? '').join(' ')} `, only);
          return;
        }
        if (node.name === 'Callout') push(` ${attribute(node, 'title') ?? ''} `, only);
        const inner = node.name === 'OnlyFor' ? (attribute(node, 'protocol') as Protocol | undefined) : only;
        for (const child of node.children ?? []) walk(child, inner ?? only);
        return;
      }
      for (const child of node.children ?? []) walk(child, only);
      if (node.type === 'element' && node.tagName && BLOCK_TAGS.has(node.tagName)) push(' ', only);
    };

    walk(tree);
    for (const section of out.sections) {
      for (const chunk of section.chunks) chunk.text = chunk.text.replace(/\s+/g, ' ');
      section.chunks = section.chunks.filter((chunk) => chunk.text.trim() !== '');
    }
    out.sections = out.sections.filter((s) => s.depth !== 0 || s.chunks.length > 0);
  };
}

/** Plain text of a section for one protocol (guides) or all of it (articles). */
export function sectionText(section: Section, protocol?: Protocol): string {
  return section.chunks
    .filter((chunk) => !chunk.only || !protocol || chunk.only === protocol)
    .map((chunk) => chunk.text)
    .join('')
    .trim();
}
