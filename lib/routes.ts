/**
 * Every URL the site builds comes from here (DESIGN.md rule 5): pages, sitemap, search, redirects
 * and the link checker agree because they share these functions.
 */

import { FEEDBACK_QUERY_PARAM, FEEDBACK_QUERY_THANKS, FEEDBACK_THANKS_ID } from './feedback/shared';
import type { Protocol } from './protocol';


export const homeHref = () => '/';
/** Sections of the home page that other pages link to (their ids are set in app/page.tsx). */
export const HOME_SECTIONS = { topics: 'topics', setupGuides: 'setup-guides' } as const;
export const homeSectionHref = (section: keyof typeof HOME_SECTIONS) => `/#${HOME_SECTIONS[section]}`;
export const articleHref = (slug: string, anchor?: string) => `/articles/${encodeURIComponent(slug)}${anchor ? `#${anchor}` : ''}`;
export const categoryHref = (id: string) => `/categories/${encodeURIComponent(id)}`;
export const tagHref = (tag: string) => `/tags/${encodeURIComponent(tag)}`;
export const setupHref = (clientId: string, protocol: Protocol, anchor?: string) =>
  `/setup/${encodeURIComponent(clientId)}/${protocol}${anchor ? `#${anchor}` : ''}`;
export const searchHref = (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search');
/**
 * Articles that the site's own code links to (footer, advisor results, setup guides), as opposed
 * to links written in content. Declared once so that `npm run content:check` can name the
 * reference when one of them is deleted, renamed or made a draft.
 */
export const CODE_LINKED_ARTICLES = {
  pop3VsImap: 'pop3-vs-imap',
  keepPop3MailOnServer: 'keep-pop3-mail-on-server',
  serverSettings: 'email-server-settings',
  automaticSetupDns: 'automatic-setup-dns',
} as const;
export type CodeLinkedArticle = keyof typeof CODE_LINKED_ARTICLES;
export const linkedArticleHref = (article: CodeLinkedArticle, anchor?: string) => articleHref(CODE_LINKED_ARTICLES[article], anchor);

/** `query` is the canonical advisor query string (see lib/advisor serializeAdvisorParams). */
export const advisorHref = (query?: string) => (query ? `/advisor?${query}` : '/advisor');

/**
 * The Apple configuration profile for one setup guide (lib/autosetup); `email` is added by the
 * download form. The autoconfig and Autodiscover paths are not here: mail apps build those
 * themselves from the address's domain (see the route folders in app/).
 */
export const profileHref = (clientId: string, protocol: Protocol, email?: string) =>
  `/setup/${encodeURIComponent(clientId)}/${protocol}/profile.mobileconfig${email ? `?email=${encodeURIComponent(email)}` : ''}`;

/**
 * A site path made absolute with the configured public origin (lib/config.ts siteUrl()), for
 * canonical URLs, the sitemap, JSON-LD and copied links. `origin` has no trailing slash.
 */
export const absoluteUrl = (origin: string, href: string) => `${origin}${href.startsWith('/') ? href : `/${href}`}`;

/** What an internal link points at, for the link checker. */
export type InternalTarget =
  | { kind: 'home' }
  | { kind: 'article'; slug: string; anchor?: string }
  | { kind: 'setup'; client: string; protocol: string; anchor?: string }
  | { kind: 'category'; id: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'search' }
  | { kind: 'advisor'; query: string }
  | { kind: 'unknown'; path: string };

/** Parse a site-relative link as written in MDX. Returns null for external links. */
export function parseInternalHref(href: string): InternalTarget | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  const url = new URL(href, 'http://internal.invalid');
  const anchor = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  const parts = url.pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const withAnchor = <T extends object>(target: T): T & { anchor?: string } => (anchor ? { ...target, anchor } : target);
  if (parts.length === 0) return { kind: 'home' };
  const [first, second, third] = parts;
  if (first === 'articles' && second && parts.length === 2) return withAnchor({ kind: 'article' as const, slug: second });
  if (first === 'setup' && second && third && parts.length === 3) return withAnchor({ kind: 'setup' as const, client: second, protocol: third });
  if (first === 'categories' && second && parts.length === 2) return { kind: 'category', id: second };
  if (first === 'tags' && second && parts.length === 2) return { kind: 'tag', tag: second };
  if (first === 'search' && parts.length === 1) return { kind: 'search' };
  if (first === 'advisor' && parts.length === 1) return { kind: 'advisor', query: url.search.replace(/^\?/, '') };
  return { kind: 'unknown', path: url.pathname };
}

/** The feedback API: POST a vote, GET `?page=` for the counts (see lib/feedback). */
export const feedbackApiHref = (page?: string) => (page ? `/api/feedback?page=${encodeURIComponent(page)}` : '/api/feedback');
/** Where a vote sent without JavaScript lands: the same page, scrolled to (and showing) the thank-you. */
export const feedbackThanksHref = (page: string) => `${page}?${FEEDBACK_QUERY_PARAM}=${FEEDBACK_QUERY_THANKS}#${FEEDBACK_THANKS_ID}`;
