import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineScripts, prerenderedHashes, readCspManifest } from '../../lib/security/csp';
import { hashSource, pageCsp, standaloneCsp, STATIC_SECURITY_HEADERS } from '../../lib/security/headers.mjs';

describe('inline scripts that a CSP must allow', () => {
  it('takes executable inline scripts and skips external files and JSON-LD data blocks', () => {
    const html = `<head><script>theme()</script><script src="/_next/a.js" async></script>
<script type="application/ld+json">{"@type":"TechArticle"}</script><script id="_R_">boot()</script>
<script type="module">mod()</script></head>`;
    expect(inlineScripts(html)).toEqual(['theme()', 'boot()', 'mod()']);
  });

  it('hashes exactly as the browser does (sha256 of the UTF-8 text, base64)', () => {
    // Known answer: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('the manifest of prerendered pages', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'mailguide-csp-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const app = path.join(dist, 'server', 'app');
  mkdirSync(path.join(app, 'articles'), { recursive: true });
  writeFileSync(path.join(app, 'index.html'), '<script>home()</script>');
  writeFileSync(path.join(app, 'articles', 'webmail.html'), '<script>a()</script><script>a()</script><script>b()</script>');
  writeFileSync(path.join(app, '_not-found.html'), '<script>nf()</script>');
  writeFileSync(path.join(app, '_global-error.html'), '<script>ge()</script>');
  writeFileSync(path.join(app, 'index.rsc'), 'not html');

  it('maps each built page to its URL path with each distinct hash once', () => {
    const manifest = readCspManifest(dist);
    expect([...manifest.pages.keys()].sort()).toEqual(['/', '/articles/webmail']);
    expect(manifest.pages.get('/articles/webmail')).toEqual([hashSource('a()'), hashSource('b()')]);
    expect(manifest.notFound).toEqual([hashSource('nf()')]);
  });

  it('finds a page named with percent-escapes and ignores malformed ones', () => {
    const manifest = readCspManifest(dist);
    expect(prerenderedHashes(manifest, '/articles/%77ebmail')).toEqual(manifest.pages.get('/articles/webmail'));
    expect(prerenderedHashes(manifest, '/articles/%E0%A4%A')).toBeUndefined();
    expect(prerenderedHashes(manifest, '/advisor')).toBeUndefined();
  });
});

describe('the policies', () => {
  it('never allow inline or eval scripts in production, and lock down framing, plugins and <base>', () => {
    for (const csp of [pageCsp({ scriptHashes: ["'sha256-x'"] }), pageCsp({ nonce: 'abc' }), standaloneCsp({ styleHashes: [] })]) {
      expect(csp).not.toMatch(/unsafe-(inline|eval)/);
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    }
    expect(pageCsp({ nonce: 'abc' })).toContain("script-src 'self' 'nonce-abc'");
    expect(pageCsp({ nonce: 'abc' })).toContain("form-action 'self'");
  });

  it('sends HSTS for a year with subdomains, nosniff and a same-origin opener policy', () => {
    const headers = Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value]));
    expect(headers['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });
});
