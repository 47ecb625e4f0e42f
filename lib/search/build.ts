/**
 * Builds the search index from the same compiled content the pages render (DESIGN.md rule 8):
 * one row per page (article, or setup guide × protocol the app supports) and one per h2/h3
 * section with its anchor, so a result can land on the section that answers.
 *
 * The payload is budgeted, because the browser downloads it whole on first use of search
 * (issue 4: ≤ 150 KB gzip at 1,000 articles). Titles, headings and keywords always go in full.
 * What else fits is chosen by size: a small help center ships long excerpts and most words of
 * every section; a large one ships shorter excerpts and only each section's most telling words
 * (numbers and host names first, then the words rarest across the site). See BUDGET_TIERS.
 */
import { gzipSync } from 'node:zlib';
import { slug } from 'github-slugger';
import type { Provider } from '../provider/schema';
import { resolveSetting } from '../provider/settings';
import { SETTING_CLOSE, SETTING_OPEN, sectionText, type Section } from '../content/structure';
import { normalizeTerms } from './normalize';
import { SEARCH_INDEX_VERSION, type PageKind, type PageRow, type SearchIndexPayload, type SectionRow } from './types';
import { PROTOCOL_LABEL, type Protocol } from '../protocol';

/** What the index needs from content; `Content` from lib/content satisfies it. */
export interface IndexSource {
  provider: Provider;
  categories: ReadonlyArray<{ id: string; title: string }>;
  articles: ReadonlyArray<{
    slug: string;
    meta: { title: string; description: string; category: string; tags: readonly string[]; aliases?: readonly string[] };
    sections: readonly Section[];
  }>;
  clients: ReadonlyArray<{
    id: string;
    meta: { name: string; platforms: readonly string[]; protocols: readonly Protocol[]; note?: string; aliases?: readonly string[] };
    sections: readonly Section[];
  }>;
}

export interface IndexBudget {
  /** Characters of excerpt per page (its description). */
  pageExcerpt: number;
  /** Characters of excerpt per section; 0 shows the heading alone. */
  sectionExcerpt: number;
  /** Extra normalized words per row from text beyond the excerpt. */
  terms: number;
}

/** Richest first; the first tier whose payload fits the target is used. */
export const BUDGET_TIERS: readonly IndexBudget[] = [
  { pageExcerpt: 200, sectionExcerpt: 200, terms: 40 },
  { pageExcerpt: 160, sectionExcerpt: 110, terms: 12 },
  { pageExcerpt: 140, sectionExcerpt: 60, terms: 4 },
  { pageExcerpt: 120, sectionExcerpt: 0, terms: 2 },
  { pageExcerpt: 110, sectionExcerpt: 0, terms: 1 },
  { pageExcerpt: 100, sectionExcerpt: 0, terms: 0 },
];

/** The gzip size the builder aims under, issue 4: ≤ 150 KB gzip at 1,000 articles. */
export const PAYLOAD_TARGET_GZIP_BYTES = 150 * 1024;

export const GUIDES_CRUMB = 'Setup guides';

/** Title of a setup guide page in search results. */
export function guideTitle(name: string, protocol: Protocol): string {
  return `Set up ${name} with ${PROTOCOL_LABEL[protocol]}`;
}

const PLACEHOLDER = new RegExp(`${SETTING_OPEN}([^${SETTING_CLOSE}]*)${SETTING_CLOSE}`, 'g');

/** Replace ⟦imap.host⟧-style placeholders with the provider's values, so "port 587" finds its page. */
export function resolvePlaceholders(text: string, provider: Provider, protocol?: Protocol): string {
  return text.replace(PLACEHOLDER, (_, name: string) => resolveSetting(provider, name, protocol)?.text ?? '');
}

/** Cut text at a word boundary near `max` characters, with an ellipsis when something was cut. */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  if (max <= 0) return '';
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.–—-]+$/, '');
  return `${head}…`;
}

/**
 * A heading's anchor is left out ('') when it is what github-slugger makes of the heading: the
 * same slugger rehype-slug used to give the heading its id, so the reader recomputes it exactly.
 * Anchors that differ (a repeated heading gets "-1") are kept.
 */
export function compactAnchor(anchor: string, heading: string): string {
  return slug(heading) === anchor ? '' : anchor;
}

interface RawRow {
  /** Text the row is found by beyond its visible fields, before the budget cuts it. */
  text: string;
  /** Words the row is already found by through title, heading or keywords. */
  visible: string;
  /** Distinct words of `text`, best first (numbers and host-name parts, then rarest on the site). */
  ranked: string[];
}

interface RawPage extends RawRow {
  kind: PageKind;
  key: string;
  protocol: '' | Protocol;
  title: string;
  crumbs: number;
  keywords: string;
  description: string;
}

interface RawSection extends RawRow {
  page: number;
  anchor: string;
  heading: string;
}

/** Collect every row with its full text; the budget is applied afterwards. */
function collect(source: IndexSource): { crumbs: string[][]; pages: RawPage[]; sections: RawSection[] } {
  const { provider } = source;
  const crumbs: string[][] = [];
  const crumbIds = new Map<string, number>();
  const crumbId = (trail: string[]): number => {
    const key = trail.join('\u0000');
    let id = crumbIds.get(key);
    if (id === undefined) {
      id = crumbs.length;
      crumbs.push(trail);
      crumbIds.set(key, id);
    }
    return id;
  };
  const categoryTitle = new Map(source.categories.map((c) => [c.id, c.title]));
  const pages: RawPage[] = [];
  const sections: RawSection[] = [];

  const addSections = (page: number, title: string, list: ReadonlyArray<{ anchor: string; heading: string; text: string }>) => {
    for (const { anchor, heading, text } of list) sections.push({ page, anchor, heading, text, visible: `${title} ${heading}`, ranked: [] });
  };

  for (const article of source.articles) {
    const { meta } = article;
    const intro = article.sections
      .filter((s) => s.depth === 0)
      .map((s) => resolvePlaceholders(sectionText(s), provider))
      .join(' ');
    const keywords = [...meta.tags, ...(meta.aliases ?? [])].map((word) => word.replace(/-/g, ' ')).join(' ');
    const page = pages.length;
    pages.push({
      kind: 0,
      key: article.slug,
      protocol: '',
      title: meta.title,
      crumbs: crumbId([categoryTitle.get(meta.category) ?? meta.category]),
      keywords,
      description: resolvePlaceholders(meta.description, provider),
      text: `${resolvePlaceholders(meta.description, provider)} ${intro}`,
      visible: `${meta.title} ${keywords}`,
      ranked: [],
    });
    addSections(
      page,
      meta.title,
      article.sections
        .filter((s) => s.depth !== 0 && s.id)
        .map((s) => ({ anchor: s.id, heading: resolvePlaceholders(s.heading, provider), text: resolvePlaceholders(sectionText(s), provider) })),
    );
  }

  for (const client of source.clients) {
    const { meta } = client;
    for (const protocol of meta.protocols) {
      const label = PROTOCOL_LABEL[protocol];
      const intro = client.sections
        .filter((s) => s.depth === 0)
        .map((s) => resolvePlaceholders(sectionText(s, protocol), provider, protocol))
        .join(' ');
      const description = meta.note ?? `How to add your ${provider.name} mailbox to ${meta.name} using ${label}, step by step, with the server settings filled in.`;
      const keywords = [meta.name, ...meta.platforms, label, 'setup guide', ...(meta.aliases ?? []).map((a) => a.replace(/-/g, ' '))].join(' ');
      const title = guideTitle(meta.name, protocol);
      const page = pages.length;
      pages.push({
        kind: 1,
        key: client.id,
        protocol,
        title,
        crumbs: crumbId([GUIDES_CRUMB]),
        keywords,
        description,
        text: `${description} ${intro}`,
        visible: `${title} ${keywords}`,
        ranked: [],
      });
      addSections(
        page,
        title,
        client.sections
          // A section written for the other protocol only is not on this page.
          .filter((s) => s.depth !== 0 && s.id && (!s.only || s.only === protocol))
          .map((s) => ({
            anchor: s.id,
            heading: resolvePlaceholders(s.heading, provider, protocol),
            text: resolvePlaceholders(sectionText(s, protocol), provider, protocol),
          })),
      );
    }
  }
  return { crumbs, pages, sections };
}

/** Order each row's words by how much they tell: numbers and host-name parts, then the rarest across rows. */
function rankTerms(rows: RawRow[], keep: number): void {
  const termLists = rows.map((row) => {
    const visible = new Set(normalizeTerms(row.visible));
    return [...new Set(normalizeTerms(row.text))].filter((term) => term.length > 1 && !visible.has(term));
  });
  const rowFrequency = new Map<string, number>();
  for (const terms of termLists) for (const term of terms) rowFrequency.set(term, (rowFrequency.get(term) ?? 0) + 1);
  rows.forEach((row, i) => {
    const terms = termLists[i]!;
    terms.sort((a, b) => {
      const digitsA = /\d/.test(a) ? 0 : 1;
      const digitsB = /\d/.test(b) ? 0 : 1;
      return digitsA - digitsB || rowFrequency.get(a)! - rowFrequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
    });
    row.ranked = terms.slice(0, keep);
  });
}

/** The extra words of a row under a budget: the best ones the excerpt does not already show. */
function extraTerms(row: RawRow, shownExcerpt: string, limit: number): string {
  if (limit <= 0) return '';
  const shown = new Set(normalizeTerms(shownExcerpt));
  const out: string[] = [];
  for (const term of row.ranked) {
    if (out.length >= limit) break;
    if (!shown.has(term)) out.push(term);
  }
  return out.join(' ');
}

function emit(collected: ReturnType<typeof collect>, budget: IndexBudget): SearchIndexPayload {
  const pages: PageRow[] = collected.pages.map((page) => {
    const shown = excerpt(page.description, budget.pageExcerpt);
    return [page.kind, page.key, page.protocol, page.title, page.crumbs, page.keywords, shown, extraTerms(page, shown, budget.terms)];
  });
  const sections: SectionRow[] = collected.sections.map((section) => {
    const shown = excerpt(section.text, budget.sectionExcerpt);
    return [section.page, compactAnchor(section.anchor, section.heading), section.heading, shown, extraTerms(section, shown, budget.terms)];
  });
  return { v: SEARCH_INDEX_VERSION, crumbs: collected.crumbs, pages, sections };
}

export interface BuiltIndex {
  payload: SearchIndexPayload;
  /** The payload as served at /search-index.json. */
  json: string;
  budget: IndexBudget;
  /** Index into BUDGET_TIERS, or -1 when a fixed budget was asked for. */
  tier: number;
  gzipBytes: number;
}

export interface BuildOptions {
  /** Use exactly this budget instead of choosing a tier by size (tests, experiments). */
  budget?: IndexBudget;
  targetGzipBytes?: number;
}

export function buildSearchIndex(source: IndexSource, options: BuildOptions = {}): BuiltIndex {
  const collected = collect(source);
  const tiers = options.budget ? [options.budget] : BUDGET_TIERS;
  const keep = Math.max(...tiers.map((t) => t.terms)) + 24;
  rankTerms(collected.pages, keep);
  rankTerms(collected.sections, keep);
  const target = options.targetGzipBytes ?? PAYLOAD_TARGET_GZIP_BYTES;
  let built: BuiltIndex | null = null;
  for (const [tier, budget] of tiers.entries()) {
    const payload = emit(collected, budget);
    const json = JSON.stringify(payload);
    const gzipBytes = gzipSync(json).length;
    built = { payload, json, budget, tier: options.budget ? -1 : tier, gzipBytes };
    // Too big even at the leanest tier: ship the leanest and let the benchmark report it.
    if (gzipBytes <= target) break;
  }
  return built!;
}
