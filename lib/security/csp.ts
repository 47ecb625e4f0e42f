import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hashSource } from './headers.mjs';

/**
 * Hashes of the inline scripts in every statically generated page, so those pages keep a strict
 * script-src (no 'unsafe-inline') and stay static.
 *
 * Why not Next's `experimental.sri`: it adds `integrity` to the external chunk files, but the App
 * Router also writes inline scripts into every page (the Turbopack chunk list and the
 * `self.__next_f.push(...)` React Server Components payload: 4–5 per page here, measured in
 * .next/server/app/*.html) and our theme script. SRI covers none of those, and it is a webpack
 * plugin while this project builds with Turbopack. A nonce covers them, but a nonce must differ per
 * response, which turns every page into a per-request render. Prerendered HTML never changes
 * after the build, so the hashes of its inline scripts are known: proxy.ts reads them from the
 * built files once and names exactly those scripts in each page's CSP. Pages rendered per request
 * (the advisor, search, API routes, 404s) get a fresh nonce instead, which Next.js puts on its own
 * scripts when it finds it in the request's Content-Security-Policy header.
 */

/** The inline, executable scripts of an HTML document (not `src=` scripts, not JSON data blocks). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\ssrc\s*=/i.test(attributes) || body === '') continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    // Data blocks (application/ld+json) never run, so CSP does not apply to them.
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    scripts.push(body);
  }
  return scripts;
}

export interface CspManifest {
  /** URL path of each prerendered page → hash sources of its inline scripts. */
  pages: Map<string, string[]>;
  /** Hashes of the prerendered 404 page, which may answer any path that has no page. */
  notFound: string[];
}

/** Special prerendered documents Next.js keeps next to the pages. */
const NOT_FOUND_FILE = '_not-found';
const GLOBAL_ERROR_FILE = '_global-error';

/** Reads `<distDir>/server/app/**\/*.html` (the output of `next build`) into a manifest. */
export function readCspManifest(distDir: string): CspManifest {
  const appDir = path.join(distDir, 'server', 'app');
  const pages = new Map<string, string[]>();
  let notFound: string[] = [];
  const files = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const file of files) {
    const route = file.slice(0, -'.html'.length).split(path.sep).join('/');
    const hashes = [...new Set(inlineScripts(readFileSync(path.join(appDir, file), 'utf8')).map(hashSource))];
    if (route === NOT_FOUND_FILE) notFound = hashes;
    else if (route === GLOBAL_ERROR_FILE) continue; // rendered per request when it is needed
    else pages.set(route === 'index' ? '/' : `/${route}`, hashes);
  }
  return { pages, notFound };
}

/** The prerendered page a request path names, if any (paths may arrive percent-encoded). */
export function prerenderedHashes(manifest: CspManifest, pathname: string): string[] | undefined {
  const exact = manifest.pages.get(pathname);
  if (exact) return exact;
  try {
    return manifest.pages.get(decodeURIComponent(pathname));
  } catch {
    return undefined; // malformed escapes name no page
  }
}
