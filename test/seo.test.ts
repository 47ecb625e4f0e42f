import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findClient, loadContent, publishedView, type Content } from '@/lib/content';
import { articleJsonLd, jsonLdString, pageMetadata, setupGuideJsonLd, sitemapEntries } from '@/lib/seo';

const ORIGIN = 'https://help.example.com';
let all: Content;
let published: Content;
beforeAll(async () => {
  const loaded = await loadContent(path.resolve('content'));
  if (!loaded.content) throw new Error('the real content must load');
  all = loaded.content;
  published = publishedView(all, false);
});

describe('sitemap', () => {
  it('lists home, every published article, category, tag, the advisor and each supported setup guide once', () => {
    const urls = sitemapEntries(published, ORIGIN).map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    const expected = [
      `${ORIGIN}/`,
      `${ORIGIN}/advisor`,
      ...published.articles.map((a) => `${ORIGIN}/articles/${a.slug}`),
      ...published.categories.map((c) => `${ORIGIN}/categories/${c.id}`),
      ...[...new Set(published.articles.flatMap((a) => a.meta.tags))].map((t) => `${ORIGIN}/tags/${t}`),
      ...published.clients.flatMap((c) => c.meta.protocols.map((p) => `${ORIGIN}/setup/${c.id}/${p}`)),
    ];
    expect([...urls].sort()).toEqual([...expected].sort());
  });

  it('never lists a draft', () => {
    const drafts = all.articles.filter((a) => a.meta.draft);
    expect(drafts.length).toBeGreaterThan(0);
    const urls = sitemapEntries(published, ORIGIN).map((e) => e.url);
    for (const draft of drafts) expect(urls).not.toContain(`${ORIGIN}/articles/${draft.slug}`);
  });

  it('lists a setup page only for the protocols the app supports', () => {
    const urls = sitemapEntries(published, ORIGIN).map((e) => e.url);
    expect(urls).toContain(`${ORIGIN}/setup/gmail-android/imap`);
    expect(urls).not.toContain(`${ORIGIN}/setup/gmail-android/pop3`);
  });

  it('dates each article by its "updated" field', () => {
    const entry = sitemapEntries(published, ORIGIN).find((e) => e.url === `${ORIGIN}/articles/webmail`);
    expect(entry?.lastModified).toBe(published.articles.find((a) => a.slug === 'webmail')?.meta.updated);
  });
});

describe('page metadata', () => {
  it('gives a canonical path and Open Graph with the site name', () => {
    const metadata = pageMetadata({ title: 'Webmail', description: 'Read mail in a browser.', path: '/articles/webmail' });
    expect(metadata.alternates.canonical).toBe('/articles/webmail');
    expect(metadata.openGraph).toMatchObject({ type: 'website', url: '/articles/webmail', siteName: 'Mailguide', title: 'Webmail' });
  });

  it('marks articles as Open Graph articles with their date and tags', () => {
    const metadata = pageMetadata({ title: 'T', path: '/articles/t', article: { modifiedTime: '2026-11-20', tags: ['imap'] } });
    expect(metadata.openGraph).toMatchObject({ type: 'article', modifiedTime: '2026-11-20', tags: ['imap'] });
  });
});

describe('JSON-LD', () => {
  it('cannot be closed early by text from content', () => {
    const text = jsonLdString({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });

  it('describes an article as a TechArticle with its absolute URL and date', () => {
    const article = published.articles.find((a) => a.slug === 'webmail');
    if (!article) throw new Error('webmail article');
    const data = articleJsonLd({ article, provider: published.provider, origin: ORIGIN });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: article.meta.title,
      url: `${ORIGIN}/articles/webmail`,
      dateModified: article.meta.updated,
      publisher: { '@type': 'Organization', name: published.provider.name },
    });
  });

  it('turns a setup guide into HowTo steps with anchors and the real server settings of that protocol', () => {
    const guide = findClient(published, 'thunderbird');
    if (!guide) throw new Error('thunderbird guide');
    const imap = setupGuideJsonLd({ guide, protocol: 'imap', provider: published.provider, origin: ORIGIN });
    const pop3 = setupGuideJsonLd({ guide, protocol: 'pop3', provider: published.provider, origin: ORIGIN });
    expect(imap).toMatchObject({ '@type': 'HowTo', name: 'Set up Thunderbird with IMAP', url: `${ORIGIN}/setup/thunderbird/imap` });
    const imapSteps = imap?.step as Array<{ name: string; text: string; url: string; position: number }>;
    const pop3Steps = pop3?.step as Array<{ name: string; text: string; url: string }>;
    const add = imapSteps.find((s) => s.name === 'Add your account');
    expect(add?.url).toBe(`${ORIGIN}/setup/thunderbird/imap#add-your-account`);
    expect(add?.text).toContain('imap.example.com');
    expect(add?.text).toContain('993');
    expect(add?.text).not.toContain('⟦');
    // <Protocol /> becomes the protocol's name, not a gap.
    expect(add?.text).toContain('choose IMAP, enter the server');
    expect(imap?.description).toContain('using IMAP.');
    expect(imapSteps.map((s) => s.position)).toEqual(imapSteps.map((_, i) => i + 1));
    // Text inside <OnlyFor protocol="pop3"> belongs to the POP3 page only.
    expect(pop3Steps.find((s) => s.name === 'Add your account')?.text).toContain('pop.example.com');
    expect(JSON.stringify(pop3Steps)).toContain('Leave messages on server');
    expect(JSON.stringify(imapSteps)).not.toContain('Leave messages on server');
  });

  it('gives no HowTo for a protocol the app does not support', () => {
    const guide = findClient(published, 'gmail-android');
    if (!guide) throw new Error('gmail-android guide');
    expect(setupGuideJsonLd({ guide, protocol: 'pop3', provider: published.provider, origin: ORIGIN })).toBeNull();
  });
});
