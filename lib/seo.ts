/**
 * Search and sharing: page metadata, the sitemap and JSON-LD, all built from content and
 * lib/routes.ts so they name exactly the pages the site serves. Framework-free: app/ passes the
 * results to Next.js (metadata objects, app/sitemap.ts) or renders them (components/JsonLd.tsx).
 * Pass published content only (getContent() already removes drafts in production).
 */
import type { Article, ClientGuide, Content } from './content/load';
import type { Category } from './content/schema';
import { SETTING_CLOSE, SETTING_OPEN, sectionText, type Section } from './content/structure';
import type { Provider } from './provider/schema';
import { resolveSetting } from './provider/settings';
import { absoluteUrl, advisorHref, articleHref, categoryHref, homeHref, setupHref, tagHref } from './routes';
import { PROTOCOL_LABEL, type Protocol } from './protocol';

export const SITE_NAME = 'Mailguide';
export const SITE_LOCALE = 'en';
export const SITE_TITLE = 'Mailguide — email help center';
export const SITE_DESCRIPTION =
  'Set up your email on any device, choose between POP3 and IMAP, and fix mail that will not send or arrive.';

/* ---------------- page metadata ---------------- */

export interface PageMetadataInput {
  title: string;
  description?: string;
  /** Site path of the page, e.g. articleHref(slug); made absolute by the layout's metadataBase (SITE_URL). */
  path: string;
  /** Articles get Open Graph type "article" with their date and tags. */
  article?: { modifiedTime: string; section?: string; tags: readonly string[] };
}

/**
 * Title, description, canonical URL and Open Graph for one page. Open Graph is given in full
 * here because Next.js replaces (does not merge) a parent's `openGraph` when a page sets one.
 * The return value is a Next.js `Metadata` object; it is typed here by shape to keep lib/ free
 * of framework imports.
 */
export function pageMetadata(input: PageMetadataInput) {
  const shared = {
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    url: input.path,
    siteName: SITE_NAME,
    locale: SITE_LOCALE,
  };
  return {
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    alternates: { canonical: input.path },
    openGraph: input.article
      ? {
          ...shared,
          type: 'article' as const,
          modifiedTime: input.article.modifiedTime,
          ...(input.article.section ? { section: input.article.section } : {}),
          tags: [...input.article.tags],
        }
      : { ...shared, type: 'website' as const },
    twitter: { card: 'summary' as const, title: input.title, ...(input.description ? { description: input.description } : {}) },
  };
}

/* ---------------- sitemap ---------------- */

export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  /** YYYY-MM-DD of the newest change shown on the page. */
  lastModified?: string;
}

function newest(dates: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (!latest || date > latest) latest = date;
  return latest;
}

/**
 * Every published page, once: home, articles, categories, tags, the advisor and each setup guide
 * for each protocol the app supports. The same content and route functions as the pages, so the
 * sitemap cannot list a page that answers 404 or miss one that exists.
 */
export function sitemapEntries(content: Pick<Content, 'articles' | 'clients' | 'categories'>, origin: string): SitemapEntry[] {
  const entry = (href: string, lastModified: string | undefined): SitemapEntry =>
    lastModified ? { url: absoluteUrl(origin, href), lastModified } : { url: absoluteUrl(origin, href) };
  const articleDates = content.articles.map((a) => a.meta.updated);
  const tags = new Map<string, string[]>();
  for (const article of content.articles) {
    for (const tag of article.meta.tags) tags.set(tag, [...(tags.get(tag) ?? []), article.meta.updated]);
  }
  return [
    entry(homeHref(), newest(articleDates)),
    ...content.articles.map((a) => entry(articleHref(a.slug), a.meta.updated)),
    ...content.categories.map((c) =>
      entry(categoryHref(c.id), newest(content.articles.filter((a) => a.meta.category === c.id).map((a) => a.meta.updated))),
    ),
    ...[...tags].sort(([a], [b]) => a.localeCompare(b)).map(([tag, dates]) => entry(tagHref(tag), newest(dates))),
    entry(advisorHref(), newest(content.clients.map((c) => c.meta.updated))),
    ...content.clients.flatMap((c) => c.meta.protocols.map((protocol) => entry(setupHref(c.id, protocol), c.meta.updated))),
  ];
}

/* ---------------- JSON-LD ---------------- */

export type JsonLd = Record<string, unknown>;

/**
 * JSON for a <script type="application/ld+json">. `<` is escaped so text from content can never
 * close the script element, and U+2028/2029 so the output is also valid JavaScript.
 */
export function jsonLdString(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function publisher(provider: Provider): JsonLd {
  return {
    '@type': 'Organization',
    name: provider.name,
    ...(provider.support.url ? { url: provider.support.url } : {}),
  };
}

/** schema.org TechArticle (a kind of Article) for an article page. */
export function articleJsonLd(input: { article: Article; category?: Category; provider: Provider; origin: string }): JsonLd {
  const { article, category, provider, origin } = input;
  const url = absoluteUrl(origin, articleHref(article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: article.meta.title,
    description: article.meta.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    dateModified: article.meta.updated,
    inLanguage: SITE_LOCALE,
    ...(category ? { articleSection: category.title } : {}),
    keywords: article.meta.tags.join(', '),
    wordCount: article.wordCount,
    author: publisher(provider),
    publisher: publisher(provider),
  };
}

/** Replace the ⟦setting⟧ placeholders of extracted text with the provider's real values. */
export function fillSettings(text: string, provider: Provider, protocol?: Protocol): string {
  const pattern = new RegExp(`${SETTING_OPEN}([^${SETTING_CLOSE}]*)${SETTING_CLOSE}`, 'g');
  return text.replace(pattern, (_, name: string) => resolveSetting(provider, name, protocol)?.text ?? '');
}

/** At most `max` characters, cut at a word and marked with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/**
 * schema.org HowTo for one setup guide and protocol (/setup/<id>/<protocol>): each h2 section
 * shown for that protocol is a step, with its own #anchor, its text and the real server settings.
 * Returns null when the app does not support the protocol: that page explains why instead of
 * giving steps.
 */
export function setupGuideJsonLd(input: { guide: ClientGuide; protocol: Protocol; provider: Provider; origin: string }): JsonLd | null {
  const { guide, protocol, provider, origin } = input;
  if (!guide.meta.protocols.includes(protocol)) return null;
  const url = absoluteUrl(origin, setupHref(guide.id, protocol));
  const label = PROTOCOL_LABEL[protocol];
  const shown = guide.sections.filter((s) => !s.only || s.only === protocol);
  const text = (section: Section) => fillSettings(sectionText(section, protocol), provider, protocol);

  // An h2 starts a step; the h3 sections under it belong to that step.
  const steps: Array<{ section: Section; parts: string[] }> = [];
  for (const section of shown) {
    if (section.depth === 2) steps.push({ section, parts: [text(section)] });
    else if (section.depth === 3) steps.at(-1)?.parts.push(`${fillSettings(section.heading, provider, protocol)}: ${text(section)}`);
  }
  const intro = shown.find((s) => s.depth === 0);
  const description =
    guide.meta.note ??
    (intro ? clip(text(intro), 300) : `Add your ${provider.name} mailbox to ${guide.meta.name} using ${label}.`);

  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: `Set up ${guide.meta.name} with ${label}`,
    description,
    url,
    inLanguage: SITE_LOCALE,
    dateModified: guide.meta.updated,
    publisher: publisher(provider),
    step: steps
      .map(({ section, parts }) => ({ section, body: parts.join(' ').trim() }))
      // A section that is only a settings table has no prose to offer here; its step text is empty.
      .filter(({ body }) => body !== '')
      .map(({ section, body }, index) => ({
        '@type': 'HowToStep',
        position: index + 1,
        name: fillSettings(section.heading, provider, protocol),
        text: clip(body, 1000),
        url: `${url}#${section.id}`,
      })),
  };
}
