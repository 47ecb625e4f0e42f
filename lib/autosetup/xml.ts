/**
 * A tiny XML writer shared by the three auto-setup documents. Every text passes through
 * `escapeXmlText` and every attribute value through `escapeXml`, so an address such as
 * `"a<b"@example.com` or `o'neil&co@example.com` can never change the structure of a document
 * (addresses are echoed in Autodiscover answers and in Apple profiles).
 */

/**
 * Characters XML 1.0 forbids even as references (§2.2 Char): C0 controls other than tab, LF and
 * CR, the non-characters U+FFFE/U+FFFF and lone surrogate halves. They are replaced, not escaped.
 */
const ILLEGAL_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escape text for XML element content and for double- or single-quoted attributes (also right for HTML). */
export function escapeXml(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '\uFFFD').replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Escape element content only: & and < must be escaped, > too so that "]]>" cannot appear.
 * Quotes stay literal, the way Apple's and Mozilla's own files write them.
 */
export function escapeXmlText(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '\uFFFD').replace(/[&<>]/g, (char) => ESCAPES[char] ?? char);
}

export interface XmlElement {
  name: string;
  attributes?: Record<string, string>;
  /** Text content, child elements, or nothing (an empty element). */
  children?: string | number | ReadonlyArray<XmlElement>;
}

/** Shorthand for building documents: `el('port', 993)`, `el('server', { type: 'imap' }, [...])`. */
export function el(name: string, children?: XmlElement['children']): XmlElement;
export function el(name: string, attributes: Record<string, string>, children?: XmlElement['children']): XmlElement;
export function el(
  name: string,
  attributesOrChildren?: Record<string, string> | XmlElement['children'],
  children?: XmlElement['children'],
): XmlElement {
  if (attributesOrChildren !== undefined && typeof attributesOrChildren === 'object' && !Array.isArray(attributesOrChildren)) {
    return { name, attributes: attributesOrChildren as Record<string, string>, children };
  }
  return { name, children: attributesOrChildren as XmlElement['children'] };
}

function renderElement(element: XmlElement, depth: number, indent: string): string {
  const pad = indent.repeat(depth);
  const attributes = Object.entries(element.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  const { children } = element;
  if (children === undefined || (Array.isArray(children) && children.length === 0)) {
    return `${pad}<${element.name}${attributes}/>`;
  }
  if (typeof children === 'string' || typeof children === 'number') {
    return `${pad}<${element.name}${attributes}>${escapeXmlText(String(children))}</${element.name}>`;
  }
  const inner = (children as ReadonlyArray<XmlElement>).map((child) => renderElement(child, depth + 1, indent)).join('\n');
  return `${pad}<${element.name}${attributes}>\n${inner}\n${pad}</${element.name}>`;
}

/** A complete document: the XML declaration, an optional prolog line (e.g. a DOCTYPE), the root. */
export function renderXmlDocument(root: XmlElement, options: { prolog?: string; indent?: string } = {}): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (options.prolog) lines.push(options.prolog);
  lines.push(renderElement(root, 0, options.indent ?? '  '));
  return `${lines.join('\n')}\n`;
}
