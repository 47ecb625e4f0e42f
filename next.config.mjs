import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { STATIC_SECURITY_HEADERS } from './lib/security/headers.mjs';

const projectDir = import.meta.dirname;

/**
 * Redirects come from content (`aliases` in articles and setup guides), never typed here.
 * `npm run content:build` writes them to .mailguide/redirects.json; when that file is missing,
 * older than a content file or made for the other drafts setting (e.g. `next build` or `next dev`
 * run on their own), it is written again by `tsx scripts/content.ts redirects`, which uses the
 * same code (lib/content/redirects.ts). Paths and variables follow lib/config.ts.
 */
async function contentRedirects(phase) {
  const cacheDir = path.resolve(projectDir, process.env.MAILGUIDE_CACHE_DIR ?? '.mailguide');
  const contentDir = path.resolve(projectDir, process.env.CONTENT_DIR ?? 'content');
  const file = path.join(cacheDir, 'redirects.json');
  const drafts =
    process.env.MAILGUIDE_DRAFTS === '1' || (process.env.MAILGUIDE_DRAFTS !== '0' && phase === PHASE_DEVELOPMENT_SERVER);

  const written = await fs.stat(file).catch(() => null);
  if (!written || written.mtimeMs < (await newestMtime(contentDir)) || (await readDrafts(file)) !== drafts) {
    try {
      await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/content.ts', 'redirects'], {
        cwd: projectDir,
        env: { ...process.env, MAILGUIDE_DRAFTS: drafts ? '1' : '0' },
      });
    } catch (error) {
      const details = String(error?.stderr || error?.message || error).trim();
      // While editing, a broken file must not stop the dev server: the page shows the problem.
      if (phase === PHASE_DEVELOPMENT_SERVER) {
        console.warn(`Redirects from content aliases are off until the content is fixed:\n${details}`);
        return [];
      }
      throw new Error(`Could not derive redirects from content aliases:\n${details}`);
    }
  }
  const { redirects } = JSON.parse(await fs.readFile(file, 'utf8'));
  return redirects;
}

async function readDrafts(file) {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')).drafts;
  } catch {
    return undefined;
  }
}

/** The newest modification time of any file in the content folder (0 when it is missing). */
async function newestMtime(dir) {
  let newest = 0;
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const stat = await fs.stat(path.join(entry.parentPath ?? entry.path, entry.name)).catch(() => null);
    if (stat && stat.mtimeMs > newest) newest = stat.mtimeMs;
  }
  return newest;
}

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  return {
    poweredByHeader: false,
    // Benchmarks build into their own folder so they never clobber the real build.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    reactStrictMode: true,
    // Types are checked once by `npm run typecheck` (CI and test:all run it); checking again in
    // every build only adds seconds.
    typescript: { ignoreBuildErrors: true },
    // The MDX compiler (esbuild) runs at build time and in `npm run dev` only; keep it out of bundles.
    serverExternalPackages: ['mdx-bundler', 'esbuild'],
    experimental: {
      // This project builds on 2-core machines: more workers than cores only adds contention.
      cpus: 2,
    },
    redirects: () => contentRedirects(phase),
    // Security headers that never vary, on every response (pages, API, files, redirects, 404s).
    // The Content-Security-Policy varies per page and is set by proxy.ts; both come from
    // lib/security/headers.mjs.
    async headers() {
      return [{ source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] }];
    },
    async rewrites() {
      return [
        // Outlook asks for /Autodiscover/Autodiscover.xml, other apps for other spellings. Rewrites
        // match without regard to case (Next.js default) while app/ folders match exactly, so one
        // lower-case route plus this rewrite answers every spelling, and a case-insensitive checkout
        // (macOS, Windows) never meets two folders that differ only in case. Rewrites run after the
        // file-system routes: the lower-case path itself goes straight to the route.
        { source: '/autodiscover/autodiscover.xml', destination: '/autodiscover/autodiscover.xml' },
      ];
    },
  };
}
