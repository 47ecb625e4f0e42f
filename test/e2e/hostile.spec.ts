import { readFileSync } from 'node:fs';
import http from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * Replays test/hostile/corpus.json (written by scripts/hostile-corpus.mjs) against the production
 * server Playwright started: no 5xx, no stack trace or file path in a body, no markup from the
 * request echoed unescaped, and the server still answers normally afterwards.
 */

interface HostileRequest {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  bodyBase64?: string;
  bodyRepeat?: { text: string; times: number };
}
const corpus = JSON.parse(readFileSync('test/hostile/corpus.json', 'utf8')) as { marker: string; requests: HostileRequest[] };

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http, not fetch: the path goes out byte for byte (no `..` resolution, no re-encoding). */
function send(port: number, entry: HostileRequest): Promise<Answer> {
  const body = entry.bodyBase64
    ? Buffer.from(entry.bodyBase64, 'base64')
    : entry.bodyRepeat
      ? Buffer.from(entry.bodyRepeat.text.repeat(entry.bodyRepeat.times))
      : entry.body !== undefined
        ? Buffer.from(entry.body)
        : undefined;
  const headers: Record<string, string | number> = { ...entry.headers };
  if (body && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) headers['content-length'] = body.length;
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method: entry.method, path: entry.path, headers, timeout: 20_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    // The server may answer (413, 400) and close before a huge body is sent; that answer counts.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({ status: -1, headers: {}, body: '' });
      else reject(error);
    });
    if (body) request.write(body);
    request.end();
  });
}

/** What must never appear in an answer: stack frames, our files, and markup from the request. */
function leaks(answer: Answer, marker: string): string[] {
  const found: string[] = [];
  if (/^\s+at .+:\d+:\d+\)?$/m.test(answer.body)) found.push('a stack trace');
  for (const path of ['/work/', 'node_modules', '.next/server', process.cwd()]) if (answer.body.includes(path)) found.push(`the path ${path}`);
  // Every markup payload in the corpus carries the marker; an escaped echo is fine, a raw one is not.
  for (const raw of [`<script>alert("${marker}")`, `<img src=x onerror=alert('${marker}')`, `<svg/onload=alert(\`${marker}\`)`]) {
    if (answer.body.includes(raw)) found.push(`the raw markup ${raw}`);
  }
  if (Object.keys(answer.headers).includes('set-cookie') && String(answer.headers['set-cookie']).includes('mg=1')) found.push('an injected header');
  return found;
}

test('the server survives the hostile-input corpus without a 5xx, a leak or an unescaped echo', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const port = Number(new URL(baseURL ?? '').port);
  expect(corpus.requests.length).toBeGreaterThanOrEqual(200);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  for (const entry of corpus.requests) {
    let answer: Answer;
    try {
      answer = await send(port, entry);
    } catch (error) {
      failures.push(`${entry.name}: no answer (${(error as Error).message})`);
      continue;
    }
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    if (answer.status >= 500) failures.push(`${entry.name}: ${answer.status}`);
    for (const leak of leaks(answer, corpus.marker)) failures.push(`${entry.name}: ${answer.status} shows ${leak}`);
  }
  console.log(`hostile corpus: ${corpus.requests.length} requests; statuses ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(', ')}`);
  expect(failures).toEqual([]);

  // Still healthy: pages, the advisor and the APIs answer normally.
  for (const path of ['/', '/articles/webmail', '/advisor?devices=2&offline=recent&organize=server', '/api/advisor?devices=1&offline=none&organize=local', '/api/feedback?page=%2Farticles%2Fwebmail']) {
    const answer = await send(port, { name: path, method: 'GET', path });
    expect(answer.status, path).toBe(200);
  }
});
