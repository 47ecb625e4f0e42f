/**
 * `npm run bench:build [-- --sizes 100,1000] [-- --json <file>]`
 * Generates N synthetic articles into a temporary content folder (never the real one), runs the
 * production build against it (content step + next build) and prints wall time and time per
 * article. Then measures the article page's first-load JavaScript (gzip) from the real build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSyntheticContent } from './lib/synthetic-content';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const sizes = (option('--sizes') ?? '100,1000').split(',').map(Number).filter((n) => n > 0);
const jsonFile = option('--json');

function run(command: string, commandArgs: string[], env: Record<string, string>, label: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A live progress line on a terminal; one line every 10 s in logs.
    const tty = process.stderr.isTTY;
    const timer = setInterval(
      () => process.stderr.write(`${tty ? '\r' : ''}  ${label}: ${((performance.now() - started) / 1000).toFixed(0)} s…${tty ? '' : '\n'}`),
      tty ? 1000 : 10_000,
    );
    child.on('close', (code) => {
      clearInterval(timer);
      if (tty) process.stderr.write('\r\x1b[K');
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-3000)}`));
    });
  });
}

interface Row {
  articles: number;
  syntheticArticles: number;
  wallMs: number;
  msPerArticle: number;
  contentMs: number;
  nextBuildMs: number;
}

async function benchSize(count: number): Promise<Row> {
  const dir = mkdtempSync(path.join(tmpdir(), `mailguide-bench-${count}-`));
  try {
    const contentDir = path.join(dir, 'content');
    writeSyntheticContent(contentDir, count, path.join(root, 'content'));
    // Copy the real articles as well, so setup guides' links resolve and every page type is built.
    const real = path.join(root, 'content', 'articles');
    for (const name of (await import('node:fs')).readdirSync(real)) {
      writeFileSync(path.join(contentDir, 'articles', name), readFileSync(path.join(real, name)));
    }
    const total = count + (await import('node:fs')).readdirSync(real).length;
    const env = { CONTENT_DIR: contentDir, MAILGUIDE_CACHE_DIR: path.join(dir, 'cache'), NEXT_DIST_DIR: '.next-bench', NEXT_TELEMETRY_DISABLED: '1' };
    console.log(`N = ${count}: building ${total} articles (${count} synthetic + real ones)…`);
    const contentMs = await run('npx', ['tsx', 'scripts/content.ts', 'build'], env, `N=${count} content`);
    const nextBuildMs = await run('npx', ['next', 'build'], env, `N=${count} next build`);
    const wallMs = contentMs + nextBuildMs;
    return { articles: total, syntheticArticles: count, wallMs: Math.round(wallMs), msPerArticle: +(wallMs / total).toFixed(1), contentMs: Math.round(contentMs), nextBuildMs: Math.round(nextBuildMs) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(root, '.next-bench'), { recursive: true, force: true });
  }
}

/** First-load JS of a built page: every script the HTML loads, gzipped, summed. */
function firstLoadJs(htmlFile: string, distDir: string): { scripts: number; rawBytes: number; gzipBytes: number } {
  const html = readFileSync(htmlFile, 'utf8');
  // noModule scripts (legacy polyfills) are never loaded by the browsers that run this site.
  const sources = [...html.matchAll(/<script([^>]*)\ssrc="\/_next\/([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(`${m[1]}${m[3]}`)).map((m) => m[2] ?? "");
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const source of new Set(sources)) {
    const file = path.join(distDir, source);
    const body = readFileSync(file);
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  // Inline scripts (RSC payload, theme script) are part of the HTML document itself, not counted here.
  return { scripts: new Set(sources).size, rawBytes, gzipBytes };
}

async function main() {
  const rows: Row[] = [];
  for (const size of sizes) rows.push(await benchSize(size));
  console.log('\nBuild benchmark (content step + next build, this machine):');
  console.table(rows.map((r) => ({ articles: r.articles, 'wall s': (r.wallMs / 1000).toFixed(1), 'ms/article': r.msPerArticle, 'content s': (r.contentMs / 1000).toFixed(1), 'next build s': (r.nextBuildMs / 1000).toFixed(1) })));
  if (rows.length >= 2) {
    const [a, b] = [rows[0]!, rows[rows.length - 1]!];
    console.log(`Marginal cost per extra article between N=${a.articles} and N=${b.articles}: ${((b.wallMs - a.wallMs) / (b.articles - a.articles)).toFixed(1)} ms`);
  }

  const distDir = path.join(root, '.next');
  const page = path.join(distDir, 'server/app/articles/pop3-vs-imap.html');
  if (!existsSync(page)) await run('npm', ['run', 'build'], {}, 'real build for first-load JS');
  const js = firstLoadJs(page, distDir);
  console.log(`Article page first-load JS: ${js.scripts} scripts, ${(js.rawBytes / 1024).toFixed(1)} KiB raw, ${(js.gzipBytes / 1024).toFixed(1)} KiB gzip`);

  if (jsonFile) {
    writeFileSync(jsonFile, `${JSON.stringify({ builds: rows, articleFirstLoadJs: js }, null, 2)}\n`);
    console.log(`Wrote ${jsonFile}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
