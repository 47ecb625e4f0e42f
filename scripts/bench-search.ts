/**
 * `npm run bench:search [-- --json <file>] [--sizes 100,1000,10000] [--rounds 5]`
 *
 * A benchmark, not a test: generates synthetic help centers of 100, 1,000 and 10,000 articles
 * (~8 sections each, see scripts/search-corpus.ts), and prints per size the index build time,
 * the payload the browser downloads (raw and gzip), the time to load it into an engine, and the
 * per-query p50/p95 over a fixed set of queries (typos, half-typed words, first keystrokes).
 *
 * Targets from issue 4 (Node, this machine): at 1,000 articles p95 ≤ 16 ms and payload ≤ 150 KB
 * gzip; at 10,000 p95 ≤ 50 ms. Timings on a shared machine are noisy: compare runs, not digits.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../lib/content/load';
import { buildSearchIndex } from '../lib/search/build';
import { createSearchEngine } from '../lib/search/engine';
import { BENCH_QUERIES, generateCorpus } from './search-corpus';

interface SizeResult {
  articles: number;
  sections: number;
  documents: number;
  terms: number;
  /** Which budget tier of lib/search/build.ts fitted (0 = richest). */
  budgetTier: number;
  buildMs: number;
  payloadBytes: number;
  payloadGzipBytes: number;
  loadMs: number;
  firstQueryMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  samples: number;
}

function parseArgs(argv: string[]) {
  let json: string | null = null;
  let sizes = [100, 1000, 10000];
  let rounds = 5;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--json' && value) {
      json = value;
      i++;
    } else if (arg === '--sizes' && value) {
      sizes = value.split(',').map((s) => Number(s.trim()));
      if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes expects whole numbers, e.g. 100,1000; got "${value}"`);
      i++;
    } else if (arg === '--rounds' && value) {
      rounds = Number(value);
      if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds expects a whole number ≥ 1; got "${value}"`);
      i++;
    } else {
      throw new Error(`unknown argument "${arg}". Usage: npm run bench:search -- [--json <file>] [--sizes 100,1000,10000] [--rounds 5]`);
    }
  }
  return { json, sizes, rounds };
}

const interactive = process.stderr.isTTY;
function progress(text: string) {
  if (interactive) process.stderr.write(`\r\x1b[2K${text}`);
  else process.stderr.write(`${text}\n`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const { json, sizes, rounds } = parseArgs(process.argv.slice(2));
  progress('loading the real content (provider settings, setup guides, text for the word model)…');
  const { content, problems } = await loadContent();
  if (!content) throw new Error(`the content folder has ${problems.length} problem(s); run npm run content:check`);

  const results: SizeResult[] = [];
  for (const [sizeIndex, size] of sizes.entries()) {
    const label = `[${sizeIndex + 1}/${sizes.length}] ${size.toLocaleString('en-US')} articles`;
    progress(`${label}: generating the corpus…`);
    const corpus = generateCorpus(content, size);

    progress(`${label}: building the index…`);
    let started = performance.now();
    const built = buildSearchIndex(corpus);
    const payload = built.json;
    const buildMs = performance.now() - started;
    const payloadBytes = Buffer.byteLength(payload);
    // Level 6 is what `next start` (and most servers) use when compressing on the fly.
    const payloadGzipBytes = gzipSync(payload, { level: 6 }).length;

    progress(`${label}: loading the index into an engine…`);
    started = performance.now();
    const engine = createSearchEngine(JSON.parse(payload), { cacheExpansions: false });
    const loadMs = performance.now() - started;

    started = performance.now();
    engine.search(BENCH_QUERIES[0]!);
    const firstQueryMs = performance.now() - started;
    // One untimed pass so the JIT has compiled the hot paths, as after a few keystrokes in a browser.
    for (const query of BENCH_QUERIES) engine.search(query);

    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const [queryIndex, query] of BENCH_QUERIES.entries()) {
        progress(`${label}: querying, round ${round + 1}/${rounds}, query ${queryIndex + 1}/${BENCH_QUERIES.length}`);
        const t0 = performance.now();
        engine.search(query);
        samples.push(performance.now() - t0);
      }
    }
    samples.sort((a, b) => a - b);
    results.push({
      articles: size,
      sections: engine.stats.sections,
      documents: engine.stats.documents,
      terms: engine.stats.terms,
      budgetTier: built.tier,
      buildMs: round2(buildMs),
      payloadBytes,
      payloadGzipBytes,
      loadMs: round2(loadMs),
      firstQueryMs: round2(firstQueryMs),
      p50Ms: round2(percentile(samples, 0.5)),
      p95Ms: round2(percentile(samples, 0.95)),
      maxMs: round2(samples[samples.length - 1] ?? 0),
      samples: samples.length,
    });
  }
  if (interactive) process.stderr.write('\r\x1b[2K');

  const rows = results.map((r) => [
    r.articles.toLocaleString('en-US'),
    r.sections.toLocaleString('en-US'),
    String(r.budgetTier),
    `${r.buildMs.toFixed(0)} ms`,
    kb(r.payloadBytes),
    kb(r.payloadGzipBytes),
    `${r.loadMs.toFixed(0)} ms`,
    `${r.p50Ms.toFixed(2)} ms`,
    `${r.p95Ms.toFixed(2)} ms`,
    `${r.maxMs.toFixed(2)} ms`,
  ]);
  const header = ['articles', 'sections', 'tier', 'build', 'payload', 'gzip', 'load', 'p50', 'p95', 'max'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    `\n${BENCH_QUERIES.length} queries × ${rounds} rounds per size, after one warm-up pass; Node ${process.version}, ` +
      `${os.cpus().length} CPU(s), load average ${os.loadavg()[0]!.toFixed(2)}. Targets: 1,000 → p95 ≤ 16 ms, gzip ≤ 150 KB; 10,000 → p95 ≤ 50 ms.`,
  );

  if (json) {
    const file = path.resolve(json);
    writeFileSync(
      file,
      `${JSON.stringify({ node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg()[0], queries: BENCH_QUERIES, rounds, sizes: results }, null, 2)}\n`,
    );
    console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
  }
}

main().catch((error: unknown) => {
  if (interactive) process.stderr.write('\n');
  console.error(`bench:search failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
