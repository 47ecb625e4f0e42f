import { NextResponse, type NextRequest } from 'next/server';
import { distDir, isDevServer } from '@/lib/config';
import { prerenderedHashes, readCspManifest, type CspManifest } from '@/lib/security/csp';
import { hashSource, pageCsp } from '@/lib/security/headers.mjs';
import { THEME_SCRIPT } from '@/components/theme-script';
import { PROBLEM_PAGE_CSP } from '@/lib/autosetup/page';

/**
 * Sets the Content-Security-Policy of every page (the other security headers, which never vary,
 * come from next.config.mjs). Statically generated pages are served as built, so their policy
 * names the hashes of their inline scripts; everything else gets a fresh nonce. The reasons are in
 * lib/security/csp.ts.
 */

let manifest: CspManifest | null = null;

/** Read once per server process: prerendered pages do not change until the next build. */
function cspManifest(): CspManifest {
  if (!manifest) {
    try {
      manifest = readCspManifest(distDir());
    } catch (error) {
      // `next dev` has no prerendered pages: every page renders per request and gets a nonce.
      if (!isDevServer()) console.error('CSP: could not read the prerendered pages, so every page gets a nonce:', error);
      manifest = { pages: new Map(), notFound: [] };
    }
  }
  return manifest;
}

const THEME_HASH = hashSource(THEME_SCRIPT);

/**
 * Route handlers (app/api/*, the autoconfig and Autodiscover XML, configuration profiles, the
 * sitemap) answer data, not pages. A header set here wins over one the handler sets, so their
 * policy is decided here too, by path: /api/ or a data file name.
 */
/** Every percent-escape decodes to UTF-8 text. */
function isReadablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function isNonPage(pathname: string): boolean {
  return pathname.startsWith('/api/') || /\.(?:xml|json|txt|mobileconfig)$/i.test(pathname);
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isReadablePath(pathname)) {
    // Next.js answers 500 when it cannot decode a dynamic segment (found by the hostile corpus);
    // no page or file of this site has such a name, so say so here with a 400.
    return new NextResponse('This address is not valid: it contains bytes that are not text (UTF-8).\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': PROBLEM_PAGE_CSP },
    });
  }
  const { pages, notFound } = cspManifest();
  const dev = isDevServer();
  const hashes = dev ? undefined : prerenderedHashes({ pages, notFound }, pathname);
  if (!hashes && isNonPage(pathname)) {
    // JSON, XML, profiles and the profile's stand-alone problem page: nothing runs or loads.
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', PROBLEM_PAGE_CSP);
    return response;
  }
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', pageCsp({ scriptHashes: hashes }));
    return response;
  }

  // Rendered per request. Next.js reads the nonce from the request's CSP header and puts it on its
  // own scripts. The theme script is named by hash (the root layout stays free of headers(), which
  // would make every page dynamic). The prerendered 404's hashes are included because a path with
  // no page of its own may be answered with that file.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = pageCsp({ nonce, scriptHashes: [THEME_HASH, ...notFound], dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Not for build assets and images: CSP governs documents, and these are files. They still get
  // the static security headers from next.config.mjs.
  matcher: ['/((?!_next/static|_next/image|images/|icon\\.svg|favicon\\.ico).*)'],
};
