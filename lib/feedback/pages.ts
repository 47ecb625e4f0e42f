import { articleHref, setupHref } from '../routes';
import { PROTOCOLS } from '../protocol';

/** The least of Content that decides which pages can be voted on (tests pass plain objects). */
export interface PublishedContent {
  articles: ReadonlyArray<{ slug: string }>;
  clients: ReadonlyArray<{ id: string }>;
}

/**
 * Paths a vote may name: every published article and both setup pages of every published guide
 * (a guide for an app without POP3 still has a /pop3 page that explains why, see content/README.md).
 * Built with lib/routes so the widget, the pages and this list cannot disagree about a URL.
 */
export function publishedPagePaths(content: PublishedContent): Set<string> {
  const paths = new Set<string>();
  for (const article of content.articles) paths.add(articleHref(article.slug));
  for (const client of content.clients) for (const protocol of PROTOCOLS) paths.add(setupHref(client.id, protocol));
  return paths;
}
