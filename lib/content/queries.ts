import type { Article, ClientGuide, Content } from './load';
import type { Category } from './schema';

export function findArticle(content: Content, slug: string): Article | undefined {
  return content.articles.find((a) => a.slug === slug);
}

export function findCategory(content: Content, id: string): Category | undefined {
  return content.categories.find((c) => c.id === id);
}

export function findClient(content: Content, id: string): ClientGuide | undefined {
  return content.clients.find((c) => c.id === id);
}

/** Articles of a category, featured first, then by title. */
export function articlesInCategory(content: Content, categoryId: string): Article[] {
  return content.articles
    .filter((a) => a.meta.category === categoryId)
    .sort((a, b) => Number(b.meta.featured ?? false) - Number(a.meta.featured ?? false) || a.meta.title.localeCompare(b.meta.title));
}

/** Categories in the order editors gave, each with its articles; empty categories are left out. */
export function categoriesWithArticles(content: Content): Array<{ category: Category; articles: Article[] }> {
  return content.categories
    .map((category) => ({ category, articles: articlesInCategory(content, category.id) }))
    .filter((group) => group.articles.length > 0);
}

/** Every tag with how many articles carry it, most used first. */
export function allTags(content: Content): Array<{ tag: string; count: number }> {
  const counts = new Map<string, number>();
  for (const article of content.articles) for (const tag of article.meta.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export function articlesWithTag(content: Content, tag: string): Article[] {
  return content.articles.filter((a) => a.meta.tags.includes(tag)).sort((a, b) => a.meta.title.localeCompare(b.meta.title));
}

export function featuredArticles(content: Content): Article[] {
  return content.articles.filter((a) => a.meta.featured).sort((a, b) => a.meta.title.localeCompare(b.meta.title));
}

/**
 * What to read next: the editor's `related` list when given; otherwise articles sharing the most
 * tags, with the same category as a tie-breaker.
 */
export function relatedArticles(content: Content, article: Article, limit = 4): Article[] {
  if (article.meta.related?.length) {
    return article.meta.related
      .map((slug) => findArticle(content, slug))
      .filter((a): a is Article => Boolean(a))
      .slice(0, limit);
  }
  const tags = new Set(article.meta.tags);
  return content.articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({
      other,
      score: other.meta.tags.filter((t) => tags.has(t)).length * 2 + (other.meta.category === article.meta.category ? 1 : 0),
    }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.other.meta.title.localeCompare(b.other.meta.title))
    .slice(0, limit)
    .map((entry) => entry.other);
}

/** "20 November 2026" — dates are stored as YYYY-MM-DD and shown the same on server and client. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
