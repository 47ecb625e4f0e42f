/**
 * `npm run bench:feedback [-- --json <file>] [--duration <s>] [--connections <n>]`
 *
 * Starts the production build (`next start`) on loopback with its own throw-away database and the
 * rate limit off (FEEDBACK_RATE_LIMIT=0), then drives POST /api/feedback and GET /api/feedback with
 * autocannon (default 50 connections for 20 s each) and prints requests/s, latency p50 and p99 and
 * errors. Afterwards it checks that every vote answered 2xx is in the database.
 * Run `npm run build` first. Numbers depend on the machine and on what else it is doing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { parseLoadBenchArgs } from './lib/load-bench-args';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { loadContent, publishedView } from '../lib/content/load';
import { formatProblem } from '../lib/content/errors';
import { publishedPagePaths } from '../lib/feedback/pages';
import { startNextServer } from './next-server';

const USAGE = 'usage: npm run bench:feedback [-- --json <file>] [--duration <seconds>] [--connections <n>]';
const parseArgs = (argv: string[]) => parseLoadBenchArgs(argv, USAGE);

export interface Figures {
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; average: number; max: number };
  requests: number;
  ok: number;
  errors: number;
  statusCodes: Record<string, number>;
}

function figures(result: Awaited<ReturnType<typeof autocannon>>): Figures {
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = Number(count);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, average: Number(result.latency.average.toFixed(2)), max: result.latency.max },
    requests: result.requests.total,
    ok: result['2xx'],
    // Everything that was not a 2xx answer: socket errors, timeouts and 4xx/5xx statuses.
    errors: result.errors + result.non2xx,
    statusCodes,
  };
}

async function publishedPages(): Promise<string[]> {
  const { content, problems } = await loadContent();
  if (!content) throw new Error(`content has problems:\n${problems.map(formatProblem).join('\n')}`);
  const pages = [...publishedPagePaths(publishedView(content, false))];
  if (pages.length === 0) throw new Error('no published pages to vote on');
  return pages;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pages = (await publishedPages()).slice(0, 20);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mailguide-bench-'));
  const dbFile = path.join(dir, 'feedback.sqlite');
  const server = await startNextServer({ env: { FEEDBACK_DB: dbFile, FEEDBACK_RATE_LIMIT: '0' } });
  const api = `${server.url}/api/feedback`;
  const votes = pages.map((page, index) => ({ method: 'POST', body: JSON.stringify({ page, vote: index % 3 === 0 ? 'no' : 'yes' }) }));
  const reads = pages.map((page) => ({ method: 'GET', path: `/api/feedback?page=${encodeURIComponent(page)}` }));
  let post: Figures;
  let get: Figures;
  let stored = 0;
  try {
    console.log(`bench:feedback — ${server.url}, ${args.connections} connections, ${args.duration} s each, ${pages.length} pages, limiter off`);
    console.log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} (shared machines give noisy numbers)`);
    // Warm up: the first requests compile and load the route and open the database.
    await autocannon({ url: api, connections: 4, amount: 200, headers: { 'content-type': 'application/json' }, requests: reads });

    const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };
    post = figures(await autocannon({ url: api, connections: args.connections, duration: args.duration, headers: jsonHeaders, requests: votes }));
    get = figures(await autocannon({ url: api, connections: args.connections, duration: args.duration, headers: { accept: 'application/json' }, requests: reads }));
  } finally {
    await server.stop();
  }
  try {
    const db = new Database(dbFile, { readonly: true });
    stored = (db.prepare('SELECT count(*) AS n FROM votes').get() as { n: number }).n;
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const row = (name: string, f: Figures) =>
    `${name.padEnd(5)} ${String(f.requestsPerSecond).padStart(8)} ${f.latencyMs.p50.toFixed(0).padStart(8)} ${f.latencyMs.p99.toFixed(0).padStart(8)} ${String(f.errors).padStart(8)} ${String(f.requests).padStart(9)}`;
  console.log(`\n${'     '} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(8)} ${'requests'.padStart(9)}`);
  console.log(row('POST', post));
  console.log(row('GET', get));
  // Votes still in flight when autocannon stopped are stored but were never counted as answered,
  // so the database may hold up to one extra vote per connection — never fewer than were answered.
  const durable = stored >= post.ok && stored <= post.ok + args.connections;
  console.log(`\nvotes answered 201: ${post.ok}; votes in the database: ${stored}${durable ? ' ✓ every answered vote is stored' : ' ✗ MISMATCH'}`);

  if (args.json) {
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: os.loadavg(),
      connections: args.connections,
      durationSeconds: args.duration,
      pages: pages.length,
      post,
      get,
      votesStored: stored,
    };
    writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${args.json}`);
  }
  if (!durable || post.errors > 0 || get.errors > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`bench:feedback failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
