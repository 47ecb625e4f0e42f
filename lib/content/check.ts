import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAdvisorParams, type AdvisorParam } from '../advisor/url';
import { articleHref, parseInternalHref, setupHref, type InternalTarget } from '../routes';
import type { ContentProblem } from './errors';
import type { Content } from './load';
import type { Heading } from './structure';

export interface CheckOptions {
  /**
   * The folder served at the site root (`public/`). Images are files under `<publicDir>/images/`
   * and are written in MDX as `![description](/images/<file>)` (content/README.md, "Images").
   */
  publicDir: string;
  /** Files that exist but failed to load: links to them are not reported a second time as missing. */
  broken?: { articles: ReadonlySet<string>; clients: ReadonlySet<string> };
}

/** Image formats every browser shows; anything else is likely a mistake (a .psd, a .heic from a phone). */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg'] as const;

/**
 * Cross-file checks that no single file can make on its own: related articles exist, aliases do
 * not collide, every internal link lands on a page and heading that exist and are published,
 * advisor links carry valid answers, and every image exists.
 */
export function checkContent(content: Content, options: CheckOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const articles = new Map(content.articles.map((a) => [a.slug, a]));
  const clients = new Map(content.clients.map((c) => [c.id, c]));
  const categories = new Set(content.categories.map((c) => c.id));
  const tags = new Set(content.articles.flatMap((a) => a.meta.tags));
  // Old addresses, so a link to one can name the page it moved to.
  const articleAliases = new Map(content.articles.flatMap((a) => (a.meta.aliases ?? []).map((alias) => [alias, a.slug] as const)));
  const clientAliases = new Map(content.clients.flatMap((c) => (c.meta.aliases ?? []).map((alias) => [alias, c.id] as const)));

  // Aliases: old addresses must point at exactly one current page.
  const aliasOwner = new Map<string, string>();
  for (const [kind, docs] of [
    ['article', content.articles.map((a) => ({ name: a.slug, file: a.file, lines: a.frontmatterLines, aliases: a.meta.aliases ?? [], live: articles }))],
    ['client', content.clients.map((c) => ({ name: c.id, file: c.file, lines: c.frontmatterLines, aliases: c.meta.aliases ?? [], live: clients }))],
  ] as const) {
    aliasOwner.clear();
    for (const doc of docs) {
      for (const [position, alias] of doc.aliases.entries()) {
        const line = doc.lines[`aliases.${position}`] ?? doc.lines.aliases;
        if (doc.live.has(alias)) {
          problems.push({ file: doc.file, line, message: `"aliases": "${alias}" is the address of an existing ${kind}; an alias must be an old address that no page uses` });
        } else if (aliasOwner.has(alias)) {
          problems.push({ file: doc.file, line, message: `"aliases": "${alias}" is already an alias of ${aliasOwner.get(alias)}` });
        } else aliasOwner.set(alias, doc.name);
      }
    }
  }

  for (const article of content.articles) {
    for (const [position, slug] of (article.meta.related ?? []).entries()) {
      const line = article.frontmatterLines[`related.${position}`] ?? article.frontmatterLines.related;
      const target = articles.get(slug);
      const renamed = articleAliases.get(slug);
      if (!target && renamed) problems.push({ file: article.file, line, message: `"related": "${slug}" was renamed to "${renamed}"; write "${renamed}"` });
      else if (!target && options.broken?.articles.has(slug)) continue;
      else if (!target) problems.push({ file: article.file, line, message: `"related": no article "${slug}" (check the file name in content/articles/)` });
      else if (target.meta.draft && !article.meta.draft) problems.push({ file: article.file, line, message: `"related": "${slug}" is a draft; a published article cannot point to it` });
      else if (slug === article.slug) problems.push({ file: article.file, line, message: `"related": an article cannot be related to itself` });
    }
  }

  const docs = [
    ...content.articles.map((a) => ({ file: a.file, links: a.links, images: a.images, headings: a.headings, draft: a.meta.draft ?? false })),
    ...content.clients.map((c) => ({ file: c.file, links: c.links, images: c.images, headings: c.headings, draft: c.meta.draft ?? false })),
  ];
  const index: LinkIndex = {
    articles,
    clients,
    categories,
    tags,
    articleAliases,
    clientAliases,
    publicDir: options.publicDir,
    broken: options.broken ?? { articles: new Set(), clients: new Set() },
  };
  for (const doc of docs) {
    for (const link of doc.links) {
      for (const message of checkLink(link.href, content, index, doc.draft, doc.headings)) {
        problems.push({ file: doc.file, line: link.line, message });
      }
    }
    for (const image of doc.images) {
      const message = checkImage(image.href, options.publicDir) ?? (image.alt ? null : `image ${image.href}: describe the image for readers who cannot see it, e.g. ![The Account Settings window](${image.href})`);
      if (message) problems.push({ file: doc.file, line: image.line, message });
    }
  }
  return problems;
}

interface LinkIndex {
  articles: Map<string, Content['articles'][number]>;
  clients: Map<string, Content['clients'][number]>;
  categories: Set<string>;
  tags: Set<string>;
  articleAliases: Map<string, string>;
  clientAliases: Map<string, string>;
  publicDir: string;
  broken: { articles: ReadonlySet<string>; clients: ReadonlySet<string> };
}

const IMAGE_CONVENTION = 'images are files in public/images/, written as ![description](/images/<file>)';

/** An image (or a link to one) must be a file under public/images/ in a format browsers show. */
function checkImage(href: string, publicDir: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    return `image ${href}: images from other sites can change or vanish; save the file in public/images/ and write ![description](/images/<file>)`;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(href, 'http://internal.invalid/').pathname);
  } catch {
    return `image "${href}" is not a valid address; ${IMAGE_CONVENTION}`;
  }
  if (!pathname.startsWith('/images/') || pathname.length <= '/images/'.length) return `image ${href}: ${IMAGE_CONVENTION}`;
  const extension = path.extname(pathname).toLowerCase();
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `image ${href}: use one of ${IMAGE_EXTENSIONS.join(', ')} so every browser can show it`;
  }
  const imagesDir = path.join(publicDir, 'images');
  const file = path.join(publicDir, pathname);
  if (!file.startsWith(imagesDir + path.sep)) return `image ${href}: ${IMAGE_CONVENTION}`;
  if (!existsSync(file) || !statSync(file).isFile() || !sameCase(publicDir, pathname)) {
    return `image ${href}: no file public${pathname} (file names are case-sensitive on the server)`;
  }
  return null;
}

/** Mac and Windows disks ignore case, the server does not: compare each part of the path exactly. */
function sameCase(root: string, pathname: string): boolean {
  let dir = root;
  for (const part of pathname.split('/').filter(Boolean)) {
    if (!readdirSync(dir).includes(part)) return false;
    dir = path.join(dir, part);
  }
  return true;
}

const ADVISOR_PARAMS: readonly AdvisorParam[] = ['devices', 'offline', 'organize', 'clients'];
const ADVISOR_EXPECTED: Record<Exclude<AdvisorParam, 'clients'>, string> = {
  devices: 'a whole number from 1 to 99',
  offline: 'none, recent or all',
  organize: 'none, local or server',
};

/**
 * An advisor link is read by the same parser as the page (lib/advisor parseAdvisorParams), so a
 * link the checker accepts is a link the advisor understands. Unknown parameter names are reported
 * too: the page ignores them silently, which would hide a typo such as `device=2`.
 */
function checkAdvisorLink(href: string, query: string, clientIds: readonly string[]): string[] {
  const params = new URLSearchParams(query);
  const messages: string[] = [];
  const names = new Set(params.keys());
  for (const name of names) {
    if (!(ADVISOR_PARAMS as readonly string[]).includes(name)) {
      messages.push(`link ${href}: the advisor has no question "${name}"; use ${ADVISOR_PARAMS.join(', ')}`);
    }
  }
  const { problems } = parseAdvisorParams(params, clientIds);
  const reported = new Set<AdvisorParam>();
  for (const problem of problems) {
    if (reported.has(problem.param)) continue;
    reported.add(problem.param);
    const values = params.getAll(problem.param);
    if (values.length > 1 && problem.param !== 'clients') {
      messages.push(`link ${href}: "${problem.param}" is given ${values.length} times; give it once`);
    } else if (problem.param === 'clients') {
      const unknown = values
        .flatMap((value) => value.split(','))
        .map((id) => id.trim())
        .filter((id) => id !== '' && !clientIds.includes(id));
      messages.push(
        unknown.length === 0
          ? `link ${href}: "clients" is too long for the advisor to read; list fewer apps`
          : `link ${href}: "clients" has ${unknown.length === 1 ? 'an unknown id' : 'unknown ids'} ${unknown.map((id) => `"${id}"`).join(', ')}; setup guides are ${clientIds.join(', ')}`,
      );
    } else {
      messages.push(`link ${href}: "${problem.param}" must be ${ADVISOR_EXPECTED[problem.param]}; got "${values[0] ?? ''}"`);
    }
  }
  return messages;
}

function checkLink(href: string, content: Content, index: LinkIndex, fromDraft: boolean, ownHeadings: readonly Heading[]): string[] {
  if (/^https?:\/\/(localhost|127\.)/.test(href)) return [`link to ${href}: use a site path such as /articles/<slug>, not a local address`];
  if (href.startsWith('#')) {
    const id = decodeURIComponent(href.slice(1));
    if (id === '' || ownHeadings.some((h) => h.id === id)) return [];
    return [`link ${href}: this page has no heading with the id "${id}"; its headings are ${[...new Set(ownHeadings.map((h) => `#${h.id}`))].join(', ') || '(none)'}`];
  }
  // "articles/x" or "../x" would resolve against the current page's address and break.
  if (!/^([a-z][a-z0-9+.-]*:|\/)/i.test(href)) return [`link ${href}: write site links as paths that start with /, e.g. /articles/<slug>`];
  if (href.startsWith('/images/')) {
    const message = checkImage(href, index.publicDir);
    return message ? [message.replace(/^image /, 'link ')] : [];
  }
  let target: InternalTarget | null;
  try {
    target = parseInternalHref(href);
  } catch {
    return [`link "${href}" is not a valid address`];
  }
  if (!target) return [];
  if (target.kind === 'advisor') {
    const clientIds = content.clients.filter((c) => fromDraft || !c.meta.draft).map((c) => c.id);
    return checkAdvisorLink(href, target.query, clientIds);
  }
  const message = checkPageLink(href, target, content, index, fromDraft);
  return message ? [message] : [];
}

function checkPageLink(href: string, target: InternalTarget, content: Content, index: LinkIndex, fromDraft: boolean): string | null {
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
      const renamed = index.articleAliases.get(target.slug);
      if (!article && renamed) return `link ${href}: "${target.slug}" was renamed; link to ${articleHref(renamed, target.anchor)} instead`;
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
      const renamed = index.clientAliases.get(target.client);
      if (!client && renamed && (target.protocol === 'imap' || target.protocol === 'pop3')) {
        return `link ${href}: "${target.client}" was renamed; link to ${setupHref(renamed, target.protocol, target.anchor)} instead`;
      }
      if (!client) return `link ${href}: no setup guide "${target.client}"; guides are ${content.clients.map((c) => c.id).join(', ')}`;
      if (target.protocol !== 'imap' && target.protocol !== 'pop3') return `link ${href}: the protocol must be imap or pop3`;
      if (client.meta.draft && !fromDraft) return `link ${href}: "${target.client}" is a draft; published pages cannot link to it`;
      const protocol = target.protocol;
      const headings = client.headings.filter((h) => !h.only || h.only === protocol);
      if (target.anchor && !headings.some((h) => h.id === target.anchor)) {
        return `link ${href}: the ${protocol} guide for "${target.client}" has no heading with the id "${target.anchor}"; its headings are ${headings.map((h) => `#${h.id}`).join(', ') || '(none)'}`;
      }
      return null;
    }
  }
}
