/**
 * `npm run bench:load [-- --json <file>] [--duration <s>] [--connections <n>]`
 *
 * Drives the production build (`next start` on loopback) with autocannon — default 50 connections
 * for 20 s per page — on the home page, an article, an advisor result and a search (when /search
 * exists), then serves the same article's built HTML (.next/server/app/articles/<slug>.html) from
 * nginx on loopback in the same run, as the yardstick for "a static file as fast as a web server
 * can send it". Prints req/s, p50/p99 latency and errors for each, with the ratio to nginx.
 * Any error or non-2xx answer fails the run (exit 1). Run `npm run build` first.
 *
 * nginx is the Debian package (`apt-get install -y nginx`); it runs as the current user with a
 * temporary prefix and config, one worker process (the Node.js server is one process too), so no
 * root is needed. Numbers on a shared 2-core machine are noisy: compare within one run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { parseLoadBenchArgs, type LoadBenchArgs as Args } from './lib/load-bench-args';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, startNextServer } from './next-server';

const USAGE = 'usage: npm run bench:load [-- --json <file>] [--duration <seconds>] [--connections <n>]';
const ARTICLE = 'pop3-vs-imap';
const ADVISOR = '/advisor?devices=2&offline=recent&organize=server&clients=thunderbird,iphone';

const parseArgs = (argv: string[]) => parseLoadBenchArgs(argv, USAGE);

interface Figures {
  name: string;
  server: 'next' | 'nginx';
  path: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; average: number; max: number };
  requests: number;
  errors: number;
  statusCodes: Record<string, number>;
}

async function drive(name: string, server: Figures['server'], origin: string, pathname: string, args: Args): Promise<Figures> {
  const url = `${origin}${pathname}`;
  // Warm up: first requests load the route's code; not counted.
  await autocannon({ url, connections: 4, amount: 200 });
  const result = await autocannon({ url, connections: args.connections, duration: args.duration, timeout: 10 });
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = Number(count);
  return {
    name,
    server,
    path: pathname,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, average: Number(result.latency.average.toFixed(2)), max: result.latency.max },
    requests: result.requests.total,
    // Socket errors, timeouts and every answer that is not 2xx.
    errors: result.errors + result.non2xx, // autocannon counts timeouts among errors
    statusCodes,
  };
}

function findNginx(): string {
  for (const candidate of [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].filter(Boolean) as string[]) {
    if (existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error(
    'nginx is not installed, and bench:load compares the site with nginx serving the same HTML.\n' +
      'Install it with "apt-get install -y nginx" (Debian/Ubuntu, as root), or set NGINX_BIN to its path.',
  );
}

interface Nginx {
  origin: string;
  stop(): Promise<void>;
}

/** nginx serving one file at /article, from a temporary prefix, as the current user. */
async function startNginx(html: string): Promise<Nginx> {
  const bin = findNginx();
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'mailguide-nginx-'));
  mkdirSync(path.join(prefix, 'www'));
  copyFileSync(html, path.join(prefix, 'www', 'article.html'));
  // Started as root, nginx's workers run as an unprivileged user (nobody/www-data), which must be
  // able to read the file: mkdtemp makes the folder private (0700).
  chmodSync(prefix, 0o755);
  chmodSync(path.join(prefix, 'www'), 0o755);
  chmodSync(path.join(prefix, 'www', 'article.html'), 0o644);
  const port = await freePort();
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `# Written by scripts/bench-load.ts; removed after the run.
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${prefix}/www;
    location = /article { default_type text/html; try_files /article.html =404; }
  }
}
`,
  );
  // -e: the error log before the config is read (nginx 1.19.5+), so no write to /var/log is tried.
  const child: ChildProcess = spawn(bin, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      const errors = existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : '';
      await stop();
      throw new Error(`nginx exited (${child.exitCode}) before it was ready:\n${log}${errors}`);
    }
    try {
      const response = await fetch(`${origin}/article`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return { origin, stop };
    } catch {
      // not listening yet; the error log is shown if it never does
    }
    if (Date.now() > deadline) {
      const errors = existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : '';
      await stop();
      throw new Error(`nginx did not answer on ${origin} within 10 s:\n${log}${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const html = path.join(process.cwd(), '.next', 'server', 'app', 'articles', `${ARTICLE}.html`);
  if (!existsSync(html)) throw new Error(`${html} is missing — run "npm run build" first`);
  findNginx(); // fail before the long part when nginx is missing

  const dir = mkdtempSync(path.join(os.tmpdir(), 'mailguide-bench-load-'));
  const results: Figures[] = [];
  console.log(`bench:load — ${args.connections} connections, ${args.duration} s per page`);
  console.log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} (shared machines give noisy numbers)`);
  const server = await startNextServer({ env: { FEEDBACK_DB: path.join(dir, 'feedback.sqlite') } });
  try {
    const pages: [string, string][] = [
      ['home', '/'],
      ['article', `/articles/${ARTICLE}`],
      ['advisor result', ADVISOR],
    ];
    // Search arrives with its own branch; measured as soon as the route exists.
    const search = await fetch(`${server.url}/search?q=imap`);
    await search.arrayBuffer();
    if (search.ok) pages.push(['search', '/search?q=imap']);
    else console.log(`(/search answers ${search.status}: not measured)`);
    for (const [name, pathname] of pages) {
      console.log(`… ${name} (${pathname})`);
      results.push(await drive(name, 'next', server.url, pathname, args));
    }
  } finally {
    await server.stop();
  }
  const nginx = await startNginx(html);
  try {
    console.log('… nginx, the same article HTML');
    results.push(await drive('article (nginx)', 'nginx', nginx.origin, '/article', args));
  } finally {
    await nginx.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const yardstick = results.find((r) => r.server === 'nginx');
  const ratio = (r: Figures) => (yardstick ? r.requestsPerSecond / yardstick.requestsPerSecond : NaN);
  console.log(`\n${'page'.padEnd(18)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'requests'.padStart(9)} ${'vs nginx'.padStart(9)}`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(18)} ${String(r.requestsPerSecond).padStart(8)} ${r.latencyMs.p50.toFixed(0).padStart(7)} ${r.latencyMs.p99.toFixed(0).padStart(7)} ${String(r.errors).padStart(7)} ${String(r.requests).padStart(9)} ${`${(ratio(r) * 100).toFixed(1)}%`.padStart(9)}`,
    );
  }
  const failed = results.filter((r) => r.errors > 0);

  if (args.json) {
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: os.loadavg(),
      connections: args.connections,
      durationSeconds: args.duration,
      results: results.map((r) => ({ ...r, ratioToNginx: Number(ratio(r).toFixed(4)) })),
    };
    writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${args.json}`);
  }
  if (failed.length > 0) {
    console.error(`\n✗ errors: ${failed.map((r) => `${r.name} ${r.errors} (${JSON.stringify(r.statusCodes)})`).join('; ')}`);
    process.exit(1);
  }
  console.log('\n✓ 0 errors');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
