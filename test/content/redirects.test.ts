import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, publishedView, type Content } from '@/lib/content';
import { contentRedirects } from '@/lib/content/redirects';

let content: Content;
beforeAll(async () => {
  const loaded = await loadContent(path.resolve('content'));
  if (!loaded.content) throw new Error('the real content must load');
  content = loaded.content;
});

describe('redirects derived from content aliases', () => {
  it('sends an article’s old slug to its current address with a permanent redirect', () => {
    expect(contentRedirects(publishedView(content, false))).toContainEqual({
      source: '/articles/server-settings',
      destination: '/articles/email-server-settings',
      permanent: true,
    });
  });

  it('keeps the protocol when a setup guide’s old id is used', () => {
    expect(contentRedirects(publishedView(content, false))).toContainEqual({
      source: '/setup/mozilla-thunderbird/:protocol(imap|pop3)',
      destination: '/setup/thunderbird/:protocol',
      permanent: true,
    });
  });

  it('makes exactly one redirect per alias, none for pages without aliases', () => {
    const published = publishedView(content, false);
    const aliases = [...published.articles, ...published.clients].flatMap((doc) => doc.meta.aliases ?? []);
    const redirects = contentRedirects(published);
    expect(redirects).toHaveLength(aliases.length);
    expect(new Set(redirects.map((r) => r.source)).size).toBe(redirects.length);
  });

  it('leaves out the aliases of drafts, which are not published', () => {
    const article = content.articles.find((a) => a.slug === 'email-server-settings');
    if (!article) throw new Error('email-server-settings is the example article');
    const asDraft: Content = {
      ...content,
      articles: content.articles.map((a) => (a === article ? { ...a, meta: { ...a.meta, draft: true } } : a)),
    };
    const sources = contentRedirects(publishedView(asDraft, false)).map((r) => r.source);
    expect(sources).not.toContain('/articles/server-settings');
    expect(contentRedirects(publishedView(asDraft, true)).map((r) => r.source)).toContain('/articles/server-settings');
  });
});
