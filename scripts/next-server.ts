/**
 * Start the production server (`next start`) as a child process on a free loopback port, for the
 * feedback benchmark and the crash tests. The child is the server itself (Next.js 16 serves from
 * the `next start` process), so its pid is the process holding the database: a SIGKILL to it is a
 * real crash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';

export interface NextServer {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  /** SIGTERM and wait for the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL: no chance to flush, close or checkpoint anything. Resolves once the process is gone. */
  crash(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment for the server, e.g. FEEDBACK_DB and FEEDBACK_RATE_LIMIT. */
  env: Record<string, string>;
  port?: number;
  /** Project folder holding .next/ (default: the current directory). */
  cwd?: string;
  timeoutMs?: number;
}

/** A TCP port that was free a moment ago (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startNextServer(options: StartOptions): Promise<NextServer> {
  const cwd = options.cwd ?? process.cwd();
  if (!existsSync(path.join(cwd, '.next', 'BUILD_ID'))) {
    throw new Error(`no production build in ${cwd}/.next — run "npm run build" first`);
  }
  const port = options.port ?? (await freePort());
  const nextBin = createRequire(path.join(cwd, 'package.json')).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;

  const server: NextServer = {
    url,
    port,
    pid: child.pid ?? -1,
    output: () => log,
    async stop(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited(child);
      clearTimeout(timer);
    },
    async crash() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited(child);
    },
  };

  // Ready when the home page answers; fail fast (with the server's own words) if it exits instead.
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${log}`);
    }
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        await response.arrayBuffer();
        return server;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`next start was not ready on ${url} within ${options.timeoutMs ?? 60_000} ms:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
