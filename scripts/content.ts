/**
 * `npm run content:check` — validate every content file and report every problem as file:line.
 * `npm run content:build` — the same, then save the compiled MDX so `next build` compiles nothing twice.
 * Exit code 1 when anything is wrong; no stack traces for content mistakes.
 */
import { contentDir } from '../lib/config';
import { formatProblem } from '../lib/content/errors';
import { loadContent, saveCompileCache } from '../lib/content/load';

async function main() {
  const mode = process.argv[2] === 'build' ? 'build' : 'check';
  const started = performance.now();
  const dir = contentDir();
  const { content, problems } = await loadContent(dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length > 0 || !content) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir} — nothing was published. See content/README.md.`);
    process.exit(1);
  }
  if (mode === 'build') await saveCompileCache(content);
  const drafts = content.articles.filter((a) => a.meta.draft).length + content.clients.filter((c) => c.meta.draft).length;
  console.log(
    `✓ content OK: ${content.articles.length} articles, ${content.clients.length} setup guides, ` +
      `${content.categories.length} categories${drafts ? `, ${drafts} drafts (not published)` : ''} (${seconds} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(`content ${process.argv[2] ?? 'check'} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
