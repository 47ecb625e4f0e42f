// @ts-check
/**
 * The one source of the site's security headers. Plain JavaScript (with types in headers.d.mts)
 * because next.config.mjs imports it as well as proxy.ts and lib/: next.config.mjs sets the static
 * headers on every response (pages, API routes, assets, redirects, 404s), and proxy.ts sets the
 * Content-Security-Policy, which differs per page (see lib/security/csp.ts for why).
 */
import { createHash } from 'node:crypto';

/** Headers that are the same on every response. */
export const STATIC_SECURITY_HEADERS = [
  // One year, subdomains included (autoconfig.<domain> and autodiscover.<domain> serve this site too).
  // Browsers ignore it over plain http, so local servers are unaffected.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Full URLs (with ?q= searches and advisor answers) stay on this site; other sites see the origin.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The help center needs none of these powerful features; `()` refuses them to every frame too.
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()',
  },
  // No other origin's window keeps a handle on ours (Spectre-class and tab-nabbing defences).
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // For browsers older than CSP frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** `'sha256-…'` source expression for an inline script or style, exactly as the browser hashes it. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Content-Security-Policy for an HTML page of this site.
 *
 * Scripts: same-origin files plus exactly the inline scripts named by hash (statically generated
 * pages) or carrying the nonce (pages rendered per request). Never 'unsafe-inline' or
 * 'unsafe-eval' in production; `dev` adds 'unsafe-eval' because React's development build
 * rebuilds server error stacks with eval (https://nextjs.org/docs/app/guides/content-security-policy).
 *
 * Styles: same-origin stylesheets only. Tailwind compiles to a CSS file and the pages render no
 * `style` attributes, so 'unsafe-inline' is not needed in production (browser tests check for
 * violations on every page type). The development server injects <style> elements for hot reload.
 *
 * @param {{ scriptHashes?: readonly string[]; nonce?: string; dev?: boolean }} options
 */
export function pageCsp({ scriptHashes = [], nonce, dev = false }) {
  const script = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...scriptHashes, ...(dev ? ["'unsafe-eval'"] : [])];
  return serialize({
    'default-src': ["'self'"],
    'script-src': script,
    'style-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  });
}

/**
 * Content-Security-Policy for a stand-alone HTML document that loads nothing and runs no script
 * (the profile download's 400/404 page): only the given inline styles.
 *
 * @param {{ styleHashes: readonly string[] }} options
 */
export function standaloneCsp({ styleHashes }) {
  return serialize({
    'default-src': ["'none'"],
    'style-src': [...styleHashes],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  });
}

/** @param {Record<string, string[]>} directives */
function serialize(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
