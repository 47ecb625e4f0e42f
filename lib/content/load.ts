import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cacheDir, contentDir, includeDrafts, publicDir } from '../config';
import { providerSchema, type Provider } from '../provider/schema';
import { resolveSetting, settingNames } from '../provider/settings';
import { ContentError, type ContentProblem } from './errors';
import { COMPILER_VERSION, compileMdx, splitFrontmatter, type CompiledMdx } from './compile';
import {
  articleFrontmatterSchema,
  categoriesSchema,
  clientFrontmatterSchema,
  slugSchema,
  type ArticleFrontmatter,
  type Category,
  type ClientFrontmatter,
} from './schema';
import { sectionText } from './structure';
import { parseLocatedYaml, zodProblems, type LocatedYaml } from './yaml';
import { checkContent } from './check';

export interface Article extends CompiledMdx {
  kind: 'article';
  slug: string;
  /** Path shown to editors, e.g. content/articles/webmail.mdx */
  file: string;
  meta: ArticleFrontmatter;
  /** Line in the file of each frontmatter field and list item ("aliases", "aliases.1"), for messages. */
  frontmatterLines: FrontmatterLines;
  wordCount: number;
}

export type FrontmatterLines = Record<string, number>;

export interface ClientGuide extends CompiledMdx {
  kind: 'client';
  id: string;
  file: string;
  meta: ClientFrontmatter;
  frontmatterLines: FrontmatterLines;
}

export interface Content {
  provider: Provider;
  categories: Category[];
  articles: Article[];
  clients: ClientGuide[];
}

/** Everything in the content folder, drafts included, plus every problem found. */
export interface LoadResult {
  content: Content | null;
  problems: ContentProblem[];
}

function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') ? absolute : relative;
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function loadYamlFile<T>(
  absolute: string,
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } },
  problems: ContentProblem[],
): Promise<T | null> {
  const file = displayPath(absolute);
  const text = await readOptional(absolute);
  if (text === null) {
    problems.push({ file, message: 'file is missing; it is required (see content/README.md)' });
    return null;
  }
  const parsed = parseLocatedYaml(text, file);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return null;
  }
  const result = schema.safeParse(parsed.yaml.data);
  if (!result.success) {
    problems.push(...zodProblems(result.error, file, parsed.yaml));
    return null;
  }
  return result.data;
}

async function listMdx(folder: string): Promise<string[]> {
  try {
    const names = await fs.readdir(folder);
    return names.filter((name) => name.endsWith('.mdx')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/* ---------- compile cache: each file is compiled once per build, keyed by its content ---------- */

type CacheMap = Record<string, CompiledMdx>;
const memoryCache = new Map<string, CompiledMdx>();
let diskCacheLoaded: string | null = null;

function cacheFile(): string {
  return path.join(cacheDir(), `mdx-cache-v${COMPILER_VERSION}.json`);
}

async function loadDiskCache(): Promise<void> {
  const file = cacheFile();
  if (diskCacheLoaded === file) return;
  diskCacheLoaded = file;
  const text = await readOptional(file);
  if (!text) return;
  try {
    const entries = JSON.parse(text) as CacheMap;
    for (const [key, value] of Object.entries(entries)) memoryCache.set(key, value);
  } catch {
    // A corrupt cache is only a slower build: recompile.
  }
}

/** Write the compile cache so `next build` workers reuse what the content step compiled. */
export async function saveCompileCache(content: Content | null): Promise<void> {
  if (!content) return;
  const keep: CacheMap = {};
  for (const [key, value] of memoryCache) keep[key] = value;
  const file = cacheFile();
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, JSON.stringify(keep));
  await fs.rename(temporary, file);
}

async function compileCached(
  body: string,
  options: { file: string; inGuide: boolean; settingNames: ReadonlySet<string> },
): Promise<{ compiled: CompiledMdx | null; problems: ContentProblem[] }> {
  const key = createHash('sha1')
    .update(`${COMPILER_VERSION}\0${options.inGuide}\0${[...options.settingNames].join(',')}\0${body}`)
    .digest('hex');
  const hit = memoryCache.get(key);
  if (hit) return { compiled: hit, problems: [] };
  const result = await compileMdx(body, options);
  if (result.compiled) memoryCache.set(key, result.compiled);
  return result;
}

/** Run async work with a small concurrency limit (esbuild does the heavy lifting in its own process). */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/* ---------- loading ---------- */

interface ParsedDoc<M> {
  file: string;
  name: string;
  meta: M | null;
  lines: FrontmatterLines;
  compiled: CompiledMdx | null;
}

function frontmatterLines(yaml: LocatedYaml): FrontmatterLines {
  const lines: FrontmatterLines = {};
  if (!yaml.data || typeof yaml.data !== 'object') return lines;
  for (const [key, value] of Object.entries(yaml.data)) {
    lines[key] = yaml.lineOf([key]);
    if (Array.isArray(value)) value.forEach((_, index) => (lines[`${key}.${index}`] = yaml.lineOf([key, index])));
  }
  return lines;
}

async function loadMdxFolder<M>(
  folder: string,
  inGuide: boolean,
  names: ReadonlySet<string>,
  validate: (data: unknown) => { success: true; data: M } | { success: false; error: import('zod').ZodError },
  problems: ContentProblem[],
): Promise<Array<ParsedDoc<M>>> {
  const files = await listMdx(folder);
  // 16 in flight: compilation alternates between JavaScript (remark/rehype) and the esbuild process,
  // so overlapping many files keeps both busy (measured: 12.6 ms/file one at a time, 5.5 at 16).
  return mapLimit(files, 16, async (fileName) => {
    const absolute = path.join(folder, fileName);
    const file = displayPath(absolute);
    const name = fileName.replace(/\.mdx$/, '');
    const source = await fs.readFile(absolute, 'utf8');
    const doc: ParsedDoc<M> = { file, name, meta: null, lines: {}, compiled: null };
    if (!slugSchema.safeParse(name).success) {
      problems.push({ file, message: `file name "${fileName}" cannot be an address: use lower-case letters, digits and hyphens, e.g. cannot-send-email.mdx` });
    }
    const split = splitFrontmatter(source);
    if (!split) {
      problems.push({ file, line: 1, message: 'the file must start with frontmatter: a line with ---, the fields (title, description, …), then another ---' });
      return doc;
    }
    const yaml = parseLocatedYaml(split.frontmatter, file, 2);
    if (!yaml.ok) problems.push(...yaml.problems);
    else {
      doc.lines = frontmatterLines(yaml.yaml);
      const result = validate(yaml.yaml.data);
      if (result.success) doc.meta = result.data;
      else problems.push(...zodProblems(result.error, file, yaml.yaml));
    }
    const compiled = await compileCached(split.body, { file, inGuide, settingNames: names });
    problems.push(...compiled.problems);
    doc.compiled = compiled.compiled;
    return doc;
  });
}

/** Setting names the current provider can answer (an unset phone number is not a valid name). */
function availableSettingNames(provider: Provider, inGuide: boolean): Set<string> {
  return new Set(
    settingNames({ inGuide }).filter((name) =>
      name.startsWith('incoming.')
        ? resolveSetting(provider, name, 'imap') !== null && resolveSetting(provider, name, 'pop3') !== null
        : resolveSetting(provider, name) !== null,
    ),
  );
}

/**
 * Read, validate and compile the whole content folder. Reports every problem in one pass;
 * `content` is null when any file is broken.
 */
export async function loadContent(
  dir = contentDir(),
  options: {
    publicDir?: string;
  } = {},
): Promise<LoadResult> {
  const checkOptions = { publicDir: options.publicDir ?? publicDir() };
  await loadDiskCache();
  const problems: ContentProblem[] = [];
  const [provider, categories] = await Promise.all([
    loadYamlFile(path.join(dir, 'provider.yaml'), providerSchema, problems),
    loadYamlFile(path.join(dir, 'categories.yaml'), categoriesSchema, problems),
  ]);
  if (categories) {
    const seen = new Set<string>();
    for (const category of categories) {
      if (seen.has(category.id)) problems.push({ file: displayPath(path.join(dir, 'categories.yaml')), message: `category id "${category.id}" is listed twice` });
      seen.add(category.id);
    }
  }
  const categoryIds = (categories?.map((c) => c.id) ?? []) as string[];
  const articleSchema = articleFrontmatterSchema((categoryIds.length ? categoryIds : ['(no categories)']) as [string, ...string[]]);
  // Without valid provider settings, check names against every possible name and report the provider file.
  const articleNames = provider ? availableSettingNames(provider, false) : new Set(settingNames({ inGuide: false }));
  const guideNames = provider ? availableSettingNames(provider, true) : new Set(settingNames({ inGuide: true }));

  const [articleDocs, clientDocs] = await Promise.all([
    loadMdxFolder(path.join(dir, 'articles'), false, articleNames, (d) => articleSchema.safeParse(d), problems),
    loadMdxFolder(path.join(dir, 'clients'), true, guideNames, (d) => clientFrontmatterSchema.safeParse(d), problems),
  ]);

  const articles: Article[] = [];
  for (const doc of articleDocs) {
    if (!doc.meta || !doc.compiled) continue;
    const wordCount = doc.compiled.sections.reduce((sum, s) => sum + sectionText(s).split(/\s+/).filter(Boolean).length, 0);
    articles.push({ kind: 'article', slug: doc.name, file: doc.file, meta: doc.meta, frontmatterLines: doc.lines, ...doc.compiled, wordCount });
  }
  const clients: ClientGuide[] = [];
  for (const doc of clientDocs) {
    if (!doc.meta || !doc.compiled) continue;
    if (doc.meta.id !== doc.name) {
      problems.push({ file: doc.file, line: 2, message: `"id": must equal the file name "${doc.name}"; got "${doc.meta.id}"` });
      continue;
    }
    clients.push({ kind: 'client', id: doc.name, file: doc.file, meta: doc.meta, frontmatterLines: doc.lines, ...doc.compiled });
  }
  clients.sort((a, b) => (a.meta.order ?? 100) - (b.meta.order ?? 100) || a.meta.name.localeCompare(b.meta.name));

  if (!provider || !categories || problems.length > 0) {
    // Still run the cross-file checks on what did load, so one run shows every mistake.
    const broken = {
      articles: new Set(articleDocs.filter((d) => !articles.some((a) => a.slug === d.name)).map((d) => d.name)),
      clients: new Set(clientDocs.filter((d) => !clients.some((c) => c.id === d.name)).map((d) => d.name)),
    };
    if (provider && categories) problems.push(...checkContent({ provider, categories, articles, clients }, { ...checkOptions, broken }));
    return { content: null, problems };
  }
  const content: Content = { provider, categories, articles, clients };
  problems.push(...checkContent(content, checkOptions));
  return { content: problems.length ? null : content, problems };
}

/** Content as customers see it: drafts removed unless this is an editing session. */
export function publishedView(content: Content, drafts = includeDrafts()): Content {
  if (drafts) return content;
  return {
    ...content,
    articles: content.articles.filter((a) => !a.meta.draft),
    clients: content.clients.filter((c) => !c.meta.draft),
  };
}

let memo: { fingerprint: string; promise: Promise<Content> } | null = null;

async function fingerprint(dir: string): Promise<string> {
  // In production the content cannot change under a running server: skip the stat calls.
  if (process.env.NODE_ENV === 'production') return 'production';
  const parts: string[] = [];
  for (const sub of ['', 'articles', 'clients']) {
    const folder = path.join(dir, sub);
    let names: string[] = [];
    try {
      names = await fs.readdir(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (!/\.(mdx|ya?ml)$/.test(name)) continue;
      const stat = await fs.stat(path.join(folder, name));
      parts.push(`${sub}/${name}:${stat.mtimeMs}:${stat.size}`);
    }
  }
  // Adding or renaming an image can fix (or cause) a "no file public/images/…" problem.
  try {
    const images = await fs.readdir(path.join(publicDir(), 'images'), { recursive: true });
    parts.push(`images:${images.sort().join(',')}`);
  } catch {
    // No images folder: nothing to watch.
  }
  return parts.join('|');
}

/**
 * The content every page renders from. Loaded once per process in production; in `npm run dev`
 * reloaded when a file changes, so an edited article shows on the next request.
 * Throws ContentError (every problem, file:line) when content is broken.
 */
export async function getContent(): Promise<Content> {
  const dir = contentDir();
  const print = await fingerprint(dir);
  if (!memo || memo.fingerprint !== print) {
    const promise = loadContent(dir).then(({ content, problems }) => {
      if (!content) throw new ContentError(problems);
      return publishedView(content);
    });
    memo = { fingerprint: print, promise };
    promise.catch(() => {
      if (memo?.promise === promise) memo = null;
    });
  }
  return memo.promise;
}
