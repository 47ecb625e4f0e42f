/**
 * Writes test/hostile/corpus.json, the hostile-input requests that test/e2e/hostile.spec.ts replays
 * against the production server. Run `node scripts/hostile-corpus.mjs` after changing this file and
 * commit both; entries may also be added to the JSON by hand (same shape).
 *
 * Entry: { name, method, path (sent byte for byte, no normalisation), headers?, body? (text),
 * bodyBase64? (raw bytes, e.g. invalid UTF-8), bodyRepeat? { text, times } (huge bodies without a
 * huge file), expect? (allowed statuses when stricter than "not 5xx") }.
 */
import { writeFileSync } from 'node:fs';

const MARK = 'mg7x';
/** Values for every parameter. Markup ones carry MARK so the test can spot an unescaped echo. */
const PAYLOADS = {
  script: `<script>alert("${MARK}")</script>`,
  img: `"><img src=x onerror=alert('${MARK}')>`,
  svg: `<svg/onload=alert(\`${MARK}\`)>`,
  jsurl: 'javascript:alert(1)//',
  template: '{{7*7}}${7*7}<%= 7*7 %>',
  sql: "' OR '1'='1' --",
  traversal: '../../../../../etc/passwd',
  nul: 'a\u0000b',
  crlf: 'x\r\nSet-Cookie: mg=1',
  unicode: '\u202e\ufeff\ud83d\udce7 ＜script＞',
  long: 'a'.repeat(8_000),
  negative: '-1e308',
};
const enc = (value) => encodeURIComponent(value);
/** Percent-escapes that are not valid UTF-8 (or not valid escapes at all), sent as-is. */
const RAW_BAD = { invalidUtf8: '%FF%FE%C0%AF', overlongDot: '%C0%AE%C0%AE%2F', loneEscape: '%E0%A4%A', badEscape: '%zz%', doubleEncoded: '%253Cscript%253E' };

const corpus = [];
const add = (entry) => corpus.push(entry);

const queryRoutes = {
  '/advisor': ['devices', 'offline', 'organize', 'clients', 'edit'],
  '/api/advisor': ['devices', 'offline', 'organize', 'clients'],
  '/search': ['q'],
  '/api/feedback': ['page'],
  '/mail/config-v1.1.xml': ['emailaddress'],
  '/.well-known/autoconfig/mail/config-v1.1.xml': ['emailaddress'],
  '/setup/iphone/imap/profile.mobileconfig': ['email'],
};
const VALID = { devices: '2', offline: 'recent', organize: 'server', clients: 'thunderbird', edit: '1', q: 'imap', page: '/articles/webmail', emailaddress: 'jane@example.com', email: 'jane@example.com' };

for (const [route, params] of Object.entries(queryRoutes)) {
  for (const param of params) {
    // Each payload in this parameter, the others valid, so the hostile value reaches the code that reads it.
    const others = params.filter((p) => p !== param).map((p) => `${p}=${enc(VALID[p])}`);
    for (const [kind, value] of Object.entries(PAYLOADS)) {
      add({ name: `${route} ${param}=${kind}`, method: 'GET', path: `${route}?${[...others, `${param}=${enc(value)}`].join('&')}` });
    }
    for (const [kind, raw] of Object.entries(RAW_BAD)) {
      add({ name: `${route} ${param}=${kind}`, method: 'GET', path: `${route}?${[...others, `${param}=${raw}`].join('&')}` });
    }
    add({ name: `${route} ${param} repeated 200 times`, method: 'GET', path: `${route}?${Array.from({ length: 200 }, (_, i) => `${param}=${i}`).join('&')}` });
    add({ name: `${route} ${param} overlong (12 KB)`, method: 'GET', path: `${route}?${param}=${'%41'.repeat(4_000)}` });
  }
  add({ name: `${route} parameter name is markup`, method: 'GET', path: `${route}?${enc(PAYLOADS.script)}=1` });
  add({ name: `${route} query of 2,000 parameters`, method: 'GET', path: `${route}?${Array.from({ length: 2_000 }, (_, i) => `p${i}=1`).join('&')}` });
}

// Path segments of every page route.
const pathRoutes = ['/articles/', '/tags/', '/categories/', '/setup/', '/setup/thunderbird/', '/setup/iphone/imap/'];
const SEGMENTS = {
  script: enc(PAYLOADS.script),
  img: enc(PAYLOADS.img),
  traversal: '..%2F..%2F..%2Fetc%2Fpasswd',
  traversalRaw: '../../../../etc/passwd',
  doubleEncodedSlash: '%252e%252e%252fetc%252fpasswd',
  backslash: '..%5C..%5Cwindows%5Cwin.ini',
  nul: 'webmail%00.html',
  invalidUtf8: RAW_BAD.invalidUtf8,
  loneEscape: RAW_BAD.loneEscape,
  long: 'a'.repeat(3_000),
  dotfile: '.env',
  packageJson: '..%2F..%2Fpackage.json',
};
for (const route of pathRoutes) {
  for (const [kind, segment] of Object.entries(SEGMENTS)) add({ name: `${route}<${kind}>`, method: 'GET', path: `${route}${segment}` });
}
for (const path of [
  '/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/%252e%252e/%252e%252e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd',
  '/.env', '/.git/config', '/.next/BUILD_ID', '/next.config.mjs', '/package.json', '/content/provider.yaml', '/data/feedback.sqlite',
  '/_next/static/..%2f..%2f..%2fpackage.json', '/_next/static/%2e%2e/%2e%2e/server/app/index.html', '/_next/image?url=%2Fetc%2Fpasswd&w=64&q=75',
  '/_next/image?url=http%3A%2F%2F169.254.169.254%2F&w=64&q=75', '/%00', '/index.html%00.txt', '/%', '/%FF', '//example.com/%2e%2e',
  '/images/..%2F..%2Fpackage.json', '/sitemap.xml?x=%3Cscript%3E', '/robots.txt/..%2f', '/articles/webmail?x=%3Cscript%3Ealert(1)%3C/script%3E',
  '/search-index.json?q=%3Cscript%3Ealert(1)%3C/script%3E', '/search-index.json/..%2F..%2Fpackage.json', '/search-index.json%00',
  '/wp-login.php', '/cgi-bin/test.cgi', '/' + 'a/'.repeat(500),
]) add({ name: `path ${path.slice(0, 60)}`, method: 'GET', path });

// Wrong methods.
for (const path of ['/', '/articles/webmail', '/advisor', '/search', '/search-index.json', '/api/advisor', '/mail/config-v1.1.xml', '/setup/iphone/imap/profile.mobileconfig', '/autodiscover/autodiscover.xml', '/api/feedback']) {
  for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) add({ name: `${method} ${path}`, method, path });
}
add({ name: 'GET /autodiscover/autodiscover.xml', method: 'GET', path: '/autodiscover/autodiscover.xml' });
add({ name: 'POST to a static page', method: 'POST', path: '/articles/webmail', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
add({ name: 'POST to the advisor', method: 'POST', path: '/advisor', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `devices=${enc(PAYLOADS.script)}` });
add({ name: 'POST with a fake server-action header', method: 'POST', path: '/', headers: { 'next-action': 'deadbeef', 'content-type': 'text/plain' }, body: '[]' });

// Feedback POST: every field, every payload, JSON and form.
const feedback = { method: 'POST', path: '/api/feedback' };
const json = { 'content-type': 'application/json', origin: 'http://127.0.0.1' };
const form = { 'content-type': 'application/x-www-form-urlencoded' };
for (const field of ['page', 'vote', 'comment']) {
  const base = { page: '/articles/webmail', vote: 'no', comment: 'fine' };
  for (const [kind, value] of Object.entries(PAYLOADS)) {
    add({ name: `feedback JSON ${field}=${kind}`, ...feedback, headers: json, body: JSON.stringify({ ...base, [field]: value }) });
    add({ name: `feedback form ${field}=${kind}`, ...feedback, headers: form, body: new URLSearchParams({ ...base, [field]: value }).toString() });
  }
}
for (const [name, headers, body] of [
  ['feedback JSON not an object', json, '"yes"'], ['feedback JSON array', json, '[1,2,3]'], ['feedback JSON null', json, 'null'],
  ['feedback JSON truncated', json, '{"page": "/articles/webmail", "vote": '], ['feedback JSON numbers', json, '{"page": 1, "vote": true, "comment": {}}'],
  ['feedback JSON __proto__', json, '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}, "page": "/articles/webmail", "vote": "yes"}'],
  ['feedback JSON deep nesting', json, '['.repeat(5_000) + ']'.repeat(5_000)], ['feedback empty body', json, ''],
  ['feedback XML body', { 'content-type': 'application/xml' }, '<vote>yes</vote>'], ['feedback text/plain', { 'content-type': 'text/plain' }, 'yes'],
  ['feedback multipart', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nContent-Disposition: form-data; name="vote"\r\n\r\nyes\r\n--x--\r\n'],
  ['feedback no content type', {}, '{"page":"/articles/webmail","vote":"yes"}'], ['feedback charset lie', { 'content-type': 'application/json; charset=utf-16' }, '{"page":"/articles/webmail","vote":"yes"}'],
  ['feedback cross-site origin', { ...json, origin: 'https://evil.example' }, '{"page":"/articles/webmail","vote":"yes"}'],
  ['feedback non-numeric content-length', { ...json, 'content-length': 'abc' }, '{}'],
  ['feedback page traversal', json, '{"page":"/articles/../../etc/passwd","vote":"yes"}'], ['feedback page absolute URL', json, '{"page":"https://evil.example/articles/webmail","vote":"yes"}'],
]) add({ name, ...feedback, headers, body });
add({ name: 'feedback JSON invalid UTF-8', ...feedback, headers: json, bodyBase64: Buffer.from([0x7b, 0x22, 0x70, 0x61, 0x67, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d]).toString('base64') });
add({ name: 'feedback form invalid UTF-8', ...feedback, headers: form, bodyBase64: Buffer.from('page=%2Farticles%2Fwebmail&vote=no&comment=\xff\xfe\xc0\xaf', 'latin1').toString('base64') });
add({ name: 'feedback huge JSON body (2 MB)', ...feedback, headers: json, bodyRepeat: { text: '{"comment":"' + 'x'.repeat(1_000), times: 2_000 } });
add({ name: 'feedback huge form body (2 MB)', ...feedback, headers: form, bodyRepeat: { text: 'comment=' + 'x'.repeat(1_000) + '&', times: 2_000 } });

// Autodiscover: XML entities, DOCTYPEs, bad XML, wrong types, huge bodies.
const ad = { method: 'POST', path: '/autodiscover/autodiscover.xml', headers: { 'content-type': 'text/xml' } };
const request = (email) => `<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><Request><EMailAddress>${email}</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>`;
for (const [name, body] of [
  ['XXE file', `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${request('&x;')}`],
  ['XXE http', `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "http://169.254.169.254/">]>${request('&x;')}`],
  ['billion laughs', `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>${request('&lol3;')}`],
  ['parameter entity', `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]>${request('a@example.com')}`],
  ['undeclared entity', request('&nope;@example.com')], ['numeric entities', request('&#60;script&#62;@example.com')],
  ['script address', request(`&lt;script&gt;alert("${MARK}")&lt;/script&gt;@example.com`)], ['CDATA script', request(`<![CDATA[<script>alert("${MARK}")</script>]]>`)],
  ['unclosed', request('a@example.com').slice(0, -20)], ['not XML', 'hello'], ['empty', ''], ['JSON', '{"EMailAddress":"a@example.com"}'],
  ['deep nesting', '<a>'.repeat(10_000) + '</a>'.repeat(10_000)], ['many attributes', `<Autodiscover ${Array.from({ length: 2_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`],
  ['processing instruction', `<?xml version="1.0"?><?xml-stylesheet href="http://evil.example/x.xsl"?>${request('a@example.com')}`],
  ['traversal address', request('../../etc/passwd@example.com')], ['crlf address', request('a@example.com&#13;&#10;Set-Cookie: x=1')],
]) add({ name: `autodiscover ${name}`, ...ad, body });
add({ name: 'autodiscover wrong content type', ...ad, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'EMailAddress=a@example.com' });
add({ name: 'autodiscover invalid UTF-8', ...ad, bodyBase64: Buffer.concat([Buffer.from(request('a').slice(0, 200)), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), Buffer.from(request('a').slice(200))]).toString('base64') });
add({ name: 'autodiscover UTF-16 declared', ...ad, body: request('a@example.com').replace('utf-8', 'utf-16') });
add({ name: 'autodiscover huge body (2 MB)', ...ad, bodyRepeat: { text: '<x>' + 'y'.repeat(1_000) + '</x>', times: 2_000 } });
add({ name: 'autodiscover non-numeric content-length', ...ad, headers: { ...ad.headers, 'content-length': 'abc' }, body: request('a@example.com') });

// Headers that some servers trust.
for (const [name, headers] of [
  ['Host header injection', { host: 'evil.example' }], ['X-Forwarded-Host', { 'x-forwarded-host': 'evil.example' }],
  ['X-Middleware-Subrequest', { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' }], ['RSC header on a page', { rsc: '1', 'next-router-state-tree': '%7Bbad' }],
  ['Accept markup', { accept: PAYLOADS.script }], ['huge cookie', { cookie: `a=${'b'.repeat(6_000)}` }], ['Range garbage', { range: 'bytes=99999999-0,-5,a-b' }],
]) add({ name: `header ${name}`, method: 'GET', path: '/articles/webmail', headers });

writeFileSync(new URL('../test/hostile/corpus.json', import.meta.url), `${JSON.stringify({ marker: MARK, requests: corpus }, null, 1)}\n`);
console.log(`wrote test/hostile/corpus.json: ${corpus.length} requests`);
