import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { el, escapeXml, escapeXmlText, renderXmlDocument } from '../../lib/autosetup/xml';
import { parseXml } from './fixtures';

describe('XML escaping', () => {
  it('escapes the five XML special characters in attributes', () => {
    expect(escapeXml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;');
  });

  it('escapes &, < and > in text, so "]]>" and tags cannot appear', () => {
    expect(escapeXmlText(`"it's" ]]> <b>&`)).toBe(`"it's" ]]&gt; &lt;b&gt;&amp;`);
  });

  it('replaces characters XML 1.0 forbids instead of writing them', () => {
    expect(escapeXmlText('a\u0000b\u001Fc\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeXmlText('tab\tline\nreturn\r😀')).toBe('tab\tline\nreturn\r😀');
  });

  it('writes documents that a real parser reads back unchanged', () => {
    const hostile = `</v><v x="1">'&amp;"\u0001`;
    const xml = renderXmlDocument(el('root', { note: hostile }, [el('v', hostile), el('empty'), el('n', 42)]));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parseXml(xml) as { root: { '@_note': string; v: string; empty: string; n: string } };
    expect(doc.root.v).toBe(hostile.replace('\u0001', '\uFFFD'));
    expect(doc.root['@_note']).toBe(hostile.replace('\u0001', '\uFFFD'));
    expect(doc.root.empty).toBe('');
    expect(doc.root.n).toBe('42');
  });
});
