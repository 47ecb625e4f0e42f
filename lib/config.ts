import path from 'node:path';

/**
 * Runtime configuration, read from the environment in one place so the rest of lib/ stays pure.
 * Every variable is optional and documented in README.md.
 */

/** Folder holding articles/, clients/, provider.yaml and categories.yaml. Tests and benchmarks point it at fixtures. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

/** Where compiled content is cached between the content build step and `next build` workers. */
export function cacheDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MAILGUIDE_CACHE_DIR ?? path.join(process.cwd(), '.mailguide'));
}

/** The folder Next.js serves at the site root; content images live in its images/ folder. */
export function publicDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'public');
}

/** Drafts are visible while editing (`npm run dev`) and never in a production build. */
export function includeDrafts(): boolean {
  if (process.env.MAILGUIDE_DRAFTS === '1') return true;
  if (process.env.MAILGUIDE_DRAFTS === '0') return false;
  return process.env.NODE_ENV !== 'production';
}

/** Absolute origin used for canonical URLs, sitemap and copied links. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL ?? 'http://localhost:3000';
  return raw.replace(/\/+$/, '');
}

/** Base URL for "Edit this page" links, e.g. https://github.com/acme/mailguide/edit/main/ — hidden when unset. */
export function editBaseUrl(): string | null {
  const raw = process.env.CONTENT_EDIT_URL?.trim();
  return raw ? raw.replace(/\/*$/, '/') : null;
}

/** SQLite file holding "Was this helpful?" votes; its folder is created on first use. */
export function feedbackDbPath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.FEEDBACK_DB?.trim() || path.join(process.cwd(), 'data', 'feedback.sqlite'));
}

export const DEFAULT_FEEDBACK_RATE_LIMIT = 20;
let warnedRateLimit = false;

/**
 * Votes one client may send per minute; 0 turns the limiter off (benchmarks). A reader votes once
 * per page, so 20 leaves room for an office behind one address while stopping scripted floods.
 */
export function feedbackRateLimit(): number {
  const raw = process.env.FEEDBACK_RATE_LIMIT?.trim();
  if (!raw) return DEFAULT_FEEDBACK_RATE_LIMIT;
  if (/^\d+$/.test(raw)) return Number(raw);
  // A typo must not take the API down (every vote would fail); say so once and keep the default.
  if (!warnedRateLimit) {
    warnedRateLimit = true;
    console.warn(`FEEDBACK_RATE_LIMIT must be a whole number (0 disables the limit); got "${raw}", using ${DEFAULT_FEEDBACK_RATE_LIMIT}.`);
  }
  return DEFAULT_FEEDBACK_RATE_LIMIT;
}

/** The build output folder (`next build` writes it, `next start` serves it); benchmarks use their own. */
export function distDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || '.next');
}

/** Development server (`next dev`): looser CSP for hot reload and React's dev tooling. */
export function isDevServer(): boolean {
  return process.env.NODE_ENV === 'development';
}

/**
 * `MAILGUIDE_TEST_ERRORS=1` turns on /test-only/error, a page that always throws, so browser tests
 * can check the error page against the production server. Off (404) unless set.
 */
export function testErrorRoutes(): boolean {
  return process.env.MAILGUIDE_TEST_ERRORS === '1';
}
