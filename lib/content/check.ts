import { parseInternalHref } from '../routes';
import type { ContentProblem } from './errors';
import type { Content } from './load';

/**
 * Cross-file checks that no single file can make on its own: related articles exist, aliases do
 * not collide, and every internal link lands on a page and heading that exist and are published.
 */
export function checkContent(
  content: Content,
  /** Files that exist but failed to load: links to them are not reported again as missing. */
  broken: { articles: ReadonlySet<string>; clients: ReadonlySet<string> } = { articles: new Set(), clients: new Set() },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const articles = new Map(content.articles.map((a) => [a.slug, a]));
  const clients = new Map(content.clients.map((c) => [c.id, c]));
  const categories = new Set(content.categories.map((c) => c.id));
  const tags = new Set(content.articles.flatMap((a) => a.meta.tags));

  // Aliases: old addresses must point at exactly one current page.
  const aliasOwner = new Map<string, string>();
  for (const [kind, docs] of [
    ['article', content.articles.map((a) => ({ name: a.slug, file: a.file, aliases: a.meta.aliases ?? [], live: articles }))],
    ['client', content.clients.map((c) => ({ name: c.id, file: c.file, aliases: c.meta.aliases ?? [], live: clients }))],
  ] as const) {
    aliasOwner.clear();
    for (const doc of docs) {
      for (const alias of doc.aliases) {
        if (doc.live.has(alias)) {
          problems.push({ file: doc.file, message: `"aliases": "${alias}" is the address of an existing ${kind}; an alias must be an old address that no page uses` });
        } else if (aliasOwner.has(alias)) {
          problems.push({ file: doc.file, message: `"aliases": "${alias}" is already an alias of ${aliasOwner.get(alias)}` });
        } else aliasOwner.set(alias, doc.name);
      }
    }
  }

  for (const article of content.articles) {
    for (const slug of article.meta.related ?? []) {
      const target = articles.get(slug);
      if (!target) {
        if (!broken.articles.has(slug)) problems.push({ file: article.file, message: `"related": no article "${slug}" (check the file name in content/articles/)` });
      }
      else if (target.meta.draft && !article.meta.draft) problems.push({ file: article.file, message: `"related": "${slug}" is a draft; a published article cannot point to it` });
      else if (slug === article.slug) problems.push({ file: article.file, message: `"related": an article cannot be related to itself` });
    }
  }

  const docs = [
    ...content.articles.map((a) => ({ file: a.file, links: a.links, draft: a.meta.draft ?? false })),
    ...content.clients.map((c) => ({ file: c.file, links: c.links, draft: c.meta.draft ?? false })),
  ];
  for (const doc of docs) {
    for (const link of doc.links) {
      const message = checkLink(link.href, content, { articles, clients, categories, tags, broken }, doc.draft);
      if (message) problems.push({ file: doc.file, line: link.line, message });
    }
  }
  return problems;
}

function checkLink(
  href: string,
  content: Content,
  index: {
    articles: Map<string, Content['articles'][number]>;
    clients: Map<string, Content['clients'][number]>;
    categories: Set<string>;
    tags: Set<string>;
    broken: { articles: ReadonlySet<string>; clients: ReadonlySet<string> };
  },
  fromDraft: boolean,
): string | null {
  if (/^https?:\/\/(localhost|127\.)/.test(href)) return `link to ${href}: use a site path such as /articles/<slug>, not a local address`;
  if (href.startsWith('#')) return null; // same-page anchors are checked by the browser tests' crawl
  let target;
  try {
    target = parseInternalHref(href);
  } catch {
    return `link "${href}" is not a valid address`;
  }
  if (!target) return null;
  switch (target.kind) {
    case 'home':
    case 'search':
    case 'advisor':
      return null;
    case 'category':
      return index.categories.has(target.id) ? null : `link ${href}: no category "${target.id}" in categories.yaml`;
    case 'tag':
      return index.tags.has(target.tag) ? null : `link ${href}: no article has the tag "${target.tag}"`;
    case 'unknown':
      return `link ${href}: no such page; links go to /articles/<slug>, /setup/<app>/<imap|pop3>, /categories/<id>, /tags/<tag>, /advisor or /search`;
    case 'article': {
      const article = index.articles.get(target.slug);
      if (!article && index.broken.articles.has(target.slug)) return null;
      if (!article) return `link ${href}: no article "${target.slug}"`;
      if (article.meta.draft && !fromDraft) return `link ${href}: "${target.slug}" is a draft; published pages cannot link to it`;
      if (target.anchor && !article.headings.some((h) => h.id === target.anchor)) {
        return `link ${href}: "${target.slug}" has no heading with the id "${target.anchor}"; its headings are ${article.headings.map((h) => `#${h.id}`).join(', ') || '(none)'}`;
      }
      return null;
    }
    case 'setup': {
      const client = index.clients.get(target.client);
      if (!client && index.broken.clients.has(target.client)) return null;
      if (!client) return `link ${href}: no setup guide "${target.client}"; guides are ${content.clients.map((c) => c.id).join(', ')}`;
      if (target.protocol !== 'imap' && target.protocol !== 'pop3') return `link ${href}: the protocol must be imap or pop3`;
      if (client.meta.draft && !fromDraft) return `link ${href}: "${target.client}" is a draft; published pages cannot link to it`;
      const protocol = target.protocol;
      if (target.anchor && !client.headings.some((h) => h.id === target.anchor && (!h.only || h.only === protocol))) {
        return `link ${href}: that setup guide has no heading with the id "${target.anchor}"`;
      }
      return null;
    }
  }
}
