/**
 * `npm run content:check` — validate every content file and report every problem as file:line.
 * `npm run content:build` — the same, then save the compiled MDX (so `next build` compiles nothing
 *   twice) and the redirects derived from `aliases`.
 * `tsx scripts/content.ts redirects` — only (re)write the redirects; next.config.mjs calls it.
 * Exit code 1 when anything is wrong; no stack traces for content mistakes.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cacheDir, contentDir, includeDrafts } from '../lib/config';
import { formatProblem } from '../lib/content/errors';
import { loadContent, publishedView, saveCompileCache, type Content } from '../lib/content/load';
import { contentRedirects } from '../lib/content/redirects';

/** next.config.mjs reads this file (and checks `drafts` against its own phase); keep the two in step. */
const REDIRECTS_FILE = 'redirects.json';

async function writeRedirects(content: Content, drafts: boolean): Promise<number> {
  const redirects = contentRedirects(publishedView(content, drafts));
  const file = path.join(cacheDir(), REDIRECTS_FILE);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, `${JSON.stringify({ drafts, redirects }, null, 2)}\n`);
  await fs.rename(temporary, file);
  return redirects.length;
}

async function main() {
  const mode = process.argv[2] === 'build' || process.argv[2] === 'redirects' ? process.argv[2] : 'check';
  const started = performance.now();
  const dir = contentDir();
  const { content, problems } = await loadContent(dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length > 0 || !content) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir} — nothing was published. See content/README.md.`);
    process.exit(1);
  }
  if (mode === 'redirects') {
    const count = await writeRedirects(content, includeDrafts());
    // stderr: next.config.mjs reads the file, and stdout stays free for tools that pipe this.
    console.error(`✓ ${count} redirect${count === 1 ? '' : 's'} from content aliases (${seconds} s)`);
    return;
  }
  if (mode === 'build') {
    await saveCompileCache(content);
    // The build step prepares a production build: drafts (and their aliases) stay out unless forced.
    await writeRedirects(content, process.env.MAILGUIDE_DRAFTS === '1');
  }
  const drafts = content.articles.filter((a) => a.meta.draft).length + content.clients.filter((c) => c.meta.draft).length;
  console.log(
    `✓ content OK: ${content.articles.length} articles, ${content.clients.length} setup guides, ` +
      `${content.categories.length} categories${drafts ? `, ${drafts} draft${drafts === 1 ? '' : 's'} (not published)` : ''} (${seconds} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(`content ${process.argv[2] ?? 'check'} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
