import { articleHref } from '../routes';
import type { Content } from './load';
import { PROTOCOLS } from '../protocol';

/**
 * A permanent redirect from an old address to the current one, in the shape Next.js's
 * `redirects()` expects (next.config.mjs). `permanent: true` answers 308, which keeps the method
 * and, like every redirect, lets the browser carry the #fragment over to the new address
 * (https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2), so `/articles/old#section` lands on
 * the same section of the renamed article.
 */
export interface ContentRedirect {
  source: string;
  destination: string;
  permanent: true;
}

/**
 * Redirects derived from the `aliases` of articles and setup guides (DESIGN.md: renaming needs a
 * redirect, and redirects come from content, never from config). Pass the published view: an
 * alias of a draft must not lead customers to a page that does not exist.
 * The content check guarantees that no alias is a live slug and no alias is used twice.
 */
export function contentRedirects(content: Pick<Content, 'articles' | 'clients'>): ContentRedirect[] {
  const redirects: ContentRedirect[] = [];
  for (const article of content.articles) {
    for (const alias of article.meta.aliases ?? []) {
      redirects.push({ source: articleHref(alias), destination: articleHref(article.slug), permanent: true });
    }
  }
  // Setup guides live at /setup/<id>/<protocol>; an old id keeps its protocol part.
  const protocols = PROTOCOLS.join('|');
  for (const client of content.clients) {
    for (const alias of client.meta.aliases ?? []) {
      redirects.push({
        source: `/setup/${encodeURIComponent(alias)}/:protocol(${protocols})`,
        destination: `/setup/${encodeURIComponent(client.id)}/:protocol`,
        permanent: true,
      });
    }
  }
  return redirects.sort((a, b) => a.source.localeCompare(b.source));
}
