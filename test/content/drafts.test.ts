import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allTags, categoriesWithArticles, loadContent, publishedView, relatedArticles, type Content } from '@/lib/content';

let content: Content;
let drafts: string[];
beforeAll(async () => {
  const loaded = await loadContent(path.resolve('content'));
  if (!loaded.content) throw new Error('the real content must load');
  content = loaded.content;
  drafts = content.articles.filter((a) => a.meta.draft).map((a) => a.slug);
});

describe('drafts', () => {
  it('are kept while editing, so `npm run dev` can show them with the banner', () => {
    expect(drafts.length).toBeGreaterThan(0);
    const editing = publishedView(content, true);
    for (const slug of drafts) expect(editing.articles.map((a) => a.slug)).toContain(slug);
  });

  it('are removed from the published view that every page, listing and the sitemap use', () => {
    const published = publishedView(content, false);
    const listed = categoriesWithArticles(published).flatMap((group) => group.articles.map((a) => a.slug));
    const related = published.articles.flatMap((a) => relatedArticles(published, a).map((r) => r.slug));
    for (const slug of drafts) {
      expect(published.articles.map((a) => a.slug)).not.toContain(slug);
      expect(listed).not.toContain(slug);
      expect(related).not.toContain(slug);
    }
    const draftOnlyTags = content.articles
      .filter((a) => a.meta.draft)
      .flatMap((a) => a.meta.tags)
      .filter((tag) => !published.articles.some((a) => a.meta.tags.includes(tag)));
    for (const tag of draftOnlyTags) expect(allTags(published).map((t) => t.tag)).not.toContain(tag);
  });
});
