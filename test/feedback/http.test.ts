import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleFeedbackGet, handleFeedbackPost, MAX_BODY_BYTES, readBody, clientKey } from '../../lib/feedback/http';
import type { FeedbackStore } from '../../lib/feedback/store';
import { API, depsFor, formPost, getCounts, jsonPost, ORIGIN, tempStore } from './helpers';

let store: FeedbackStore;
let cleanup: () => void;

beforeEach(() => {
  ({ store, cleanup } = tempStore());
});
afterEach(() => cleanup());

const post = (request: Request, options?: Parameters<typeof depsFor>[1]) => handleFeedbackPost(request, depsFor(store, options));
/** The error sentence, from a JSON answer or from the <p> of the HTML page a form post gets. */
async function errorOf(response: Response): Promise<string> {
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    const html = await response.text();
    const paragraph = /<p>(.*?)<\/p>/s.exec(html)?.[1] ?? '';
    return paragraph.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  }
  return ((await response.json()) as { error: string }).error;
}

/** A body sent as a stream with no Content-Length, like a chunked upload. */
function streamed(bytes: number, chunk = 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(chunk, bytes - sent);
      sent += size;
      controller.enqueue(new TextEncoder().encode('a'.repeat(size)));
    },
  });
}

describe('POST /api/feedback with JSON', () => {
  it('records a yes vote and answers 201 with the page’s new counts', async () => {
    const response = await post(jsonPost({ page: '/articles/webmail', vote: 'yes' }));
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ page: '/articles/webmail', yes: 1, no: 0 });
    expect(store.counts('/articles/webmail')).toEqual({ page: '/articles/webmail', yes: 1, no: 0 });
  });

  it('records a no vote with its comment, trimmed, and counts it as no', async () => {
    const response = await post(jsonPost({ page: '/setup/thunderbird/pop3', vote: 'no', comment: '  Where is the SMTP port?  ' }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ page: '/setup/thunderbird/pop3', yes: 0, no: 1 });
    expect(store.report()[0]?.latestComments[0]?.text).toBe('Where is the SMTP port?');
  });

  it('accepts a charset parameter on the content type', async () => {
    const request = new Request(API, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"page":"/articles/webmail","vote":"no"}' });
    expect((await post(request)).status).toBe(201);
  });

  it('stores an empty or blank comment as no comment', async () => {
    expect((await post(jsonPost({ page: '/articles/webmail', vote: 'no', comment: '   ' }))).status).toBe(201);
    expect((await post(jsonPost({ page: '/articles/webmail', vote: 'no', comment: null }))).status).toBe(201);
    expect(store.report()[0]?.commentCount).toBe(0);
  });

  it('drops control characters from a comment but keeps tabs and line breaks', async () => {
    const response = await post(jsonPost({ page: '/articles/webmail', vote: 'no', comment: 'a\u0000b\u0007c\td\ne\u001b[31m' }));
    expect(response.status).toBe(201);
    expect(store.report()[0]?.latestComments[0]?.text).toBe('abc\td\ne[31m');
  });

  it('treats a comment of nothing but control characters as no comment', async () => {
    expect((await post(formPost({ page: '/articles/webmail', vote: 'no', comment: '\u0000\u0001' }))).status).toBe(303);
    expect(store.report()[0]?.commentCount).toBe(0);
  });

  it('accepts a comment of exactly 1,000 characters', async () => {
    const response = await post(jsonPost({ page: '/articles/webmail', vote: 'no', comment: 'x'.repeat(1000) }));
    expect(response.status).toBe(201);
  });
});

describe('POST /api/feedback with a form (no JavaScript)', () => {
  it('records the vote and answers 303 back to the page’s thank-you', async () => {
    const response = await post(formPost({ page: '/articles/mailbox-full', vote: 'yes' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/articles/mailbox-full?feedback=thanks#feedback-thanks');
    expect(store.counts('/articles/mailbox-full').yes).toBe(1);
  });

  it('counts a comment whose line breaks arrive as CRLF by the characters the textarea allowed', async () => {
    // 500 lines of one character: 999 characters in the textarea, 1,498 once the form sends CRLF.
    const comment = Array.from({ length: 500 }, () => 'a').join('\r\n');
    const response = await post(formPost({ page: '/articles/webmail', vote: 'no', comment }));
    expect(response.status).toBe(303);
    expect(store.report()[0]?.latestComments[0]?.text).toBe(Array.from({ length: 500 }, () => 'a').join('\n'));
  });

  it('answers a refused form post with an HTML page that keeps the status and links back', async () => {
    const response = await post(formPost({ page: '/articles/webmail', vote: 'maybe' }));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('vote: expected &#34;yes&#34; or &#34;no&#34;');
    expect(html).toContain('href="/articles/webmail"');
  });

  it('escapes reader input echoed on the HTML error page', async () => {
    const response = await post(formPost({ page: '/articles/<script>alert(1)</script>', vote: 'yes' }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('href="/"');
  });
});

describe('POST /api/feedback refuses bad input with a 4xx that says what to send', () => {
  const cases: Array<{ name: string; request: () => Request; status: number; message: RegExp }> = [
    { name: 'an unknown page', request: () => jsonPost({ page: '/articles/no-such-article', vote: 'yes' }), status: 400, message: /page: "\/articles\/no-such-article" is not a published article or setup guide/ },
    { name: 'a page given as a full URL', request: () => jsonPost({ page: `${ORIGIN}/articles/webmail`, vote: 'yes' }), status: 400, message: /not a published article/ },
    { name: 'a page with a query string', request: () => jsonPost({ page: '/articles/webmail?x=1', vote: 'yes' }), status: 400, message: /not a published article/ },
    { name: 'a setup guide for a protocol that does not exist', request: () => jsonPost({ page: '/setup/thunderbird/smtp', vote: 'yes' }), status: 400, message: /not a published article/ },
    { name: 'a missing page', request: () => jsonPost({ vote: 'yes' }), status: 400, message: /page: required/ },
    { name: 'a page that is not text', request: () => jsonPost({ page: 42, vote: 'yes' }), status: 400, message: /page: expected text/ },
    { name: 'an over-long page', request: () => jsonPost({ page: `/articles/${'a'.repeat(400)}`, vote: 'yes' }), status: 400, message: /at most 300 characters/ },
    { name: 'a missing vote', request: () => jsonPost({ page: '/articles/webmail' }), status: 400, message: /vote: required, "yes" or "no"/ },
    { name: 'a vote other than yes or no', request: () => jsonPost({ page: '/articles/webmail', vote: 'maybe' }), status: 400, message: /vote: expected "yes" or "no"; got "maybe"/ },
    { name: 'a vote in capitals', request: () => jsonPost({ page: '/articles/webmail', vote: 'YES' }), status: 400, message: /vote: expected "yes" or "no"/ },
    { name: 'a vote that is not text', request: () => jsonPost({ page: '/articles/webmail', vote: true }), status: 400, message: /vote: expected "yes" or "no"/ },
    { name: 'a comment over 1,000 characters', request: () => jsonPost({ page: '/articles/webmail', vote: 'no', comment: 'x'.repeat(1001) }), status: 400, message: /comment: at most 1,000 characters; this one has 1,001/ },
    { name: 'a comment that is not text', request: () => jsonPost({ page: '/articles/webmail', vote: 'no', comment: 12 }), status: 400, message: /comment: expected text/ },
    { name: 'a comment given as a list', request: () => jsonPost({ page: '/articles/webmail', vote: 'no', comment: ['a'] }), status: 400, message: /comment: expected one text value, got a list/ },
    { name: 'a vote sent twice in a form', request: () => formPost('page=/articles/webmail&vote=yes&vote=no'), status: 400, message: /vote: expected "yes" or "no"/ },
    { name: 'a page sent twice in a form', request: () => formPost('page=/articles/webmail&page=/articles/mailbox-full&vote=yes'), status: 400, message: /page: expected one text value, got a list \(was the field sent more than once\?\)/ },
    { name: 'a form without a vote', request: () => formPost('page=/articles/webmail&comment=hello'), status: 400, message: /vote: required/ },
    { name: 'a form with a comment over 1,000 characters', request: () => formPost({ page: '/articles/webmail', vote: 'no', comment: 'é'.repeat(1001) }), status: 400, message: /comment: at most 1,000 characters/ },
    { name: 'a body that is not JSON', request: () => jsonPost('{"page": "/articles/webmail", vote: yes}'), status: 400, message: /not valid JSON/ },
    { name: 'an empty JSON body', request: () => jsonPost(''), status: 400, message: /not valid JSON/ },
    { name: 'a JSON array', request: () => jsonPost([{ page: '/articles/webmail', vote: 'yes' }]), status: 400, message: /expected an object/ },
    { name: 'JSON null', request: () => jsonPost('null'), status: 400, message: /expected an object/ },
    {
      name: 'a body that is not UTF-8',
      request: () => new Request(API, { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }),
      status: 400,
      message: /not valid UTF-8/,
    },
    {
      name: 'a body over the size limit (declared)',
      request: () => jsonPost({ page: '/articles/webmail', vote: 'no', comment: 'x'.repeat(MAX_BODY_BYTES) }),
      status: 413,
      message: /larger than 16 KiB/,
    },
    {
      name: 'a body over the size limit (streamed, no Content-Length)',
      request: () => new Request(API, { method: 'POST', headers: { 'content-type': 'application/json' }, body: streamed(MAX_BODY_BYTES + 1), duplex: 'half' } as RequestInit),
      status: 413,
      message: /larger than 16 KiB/,
    },
    {
      name: 'an unsupported content type',
      request: () => new Request(API, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'page=/articles/webmail&vote=yes' }),
      status: 415,
      message: /application\/json or application\/x-www-form-urlencoded, not text\/plain/,
    },
    {
      name: 'a multipart form',
      request: () => new Request(API, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' }),
      status: 415,
      message: /not multipart\/form-data/,
    },
    {
      name: 'no content type at all',
      request: () => new Request(API, { method: 'POST', body: new Uint8Array([1]) }),
      status: 415,
      message: /send the vote as application\/json/,
    },
  ];

  for (const { name, request, status, message } of cases) {
    it(`answers ${status} to ${name} and stores nothing`, async () => {
      const response = await post(request());
      expect(response.status).toBe(status);
      expect(await errorOf(response)).toMatch(message);
      expect(store.report()).toEqual([]);
    });
  }

  it('lists every problem of a request at once', async () => {
    const response = await post(jsonPost({ page: '/nope', vote: 'maybe', comment: 5 }));
    const error = await errorOf(response);
    expect(error).toMatch(/page: .*; vote: .*; comment: /);
  });

  it('never answers 500 to arbitrary JSON', async () => {
    const bodies: unknown[] = [0, 'text', true, {}, { page: null, vote: null }, { page: {}, vote: [] }, { __proto__: { vote: 'yes' }, page: '/articles/webmail' }, { constructor: 1 }];
    for (const body of bodies) {
      const response = await post(jsonPost(body));
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('hostile input, generated', () => {
  /** Small deterministic PRNG (mulberry32), so a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('answers every one of 300 random votes with 201, 303 or a 4xx, never 5xx, and stores only valid ones', async () => {
    const next = random(20261126);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const text = (max: number) =>
      Array.from({ length: Math.floor(next() * max) }, () => String.fromCodePoint(pick([0, 7, 10, 13, 27, 0x22, 0x3c, 0x5c, 0x41, 0xe9, 0x202e, 0xfeff, 0x1f600, 0xd800]))).join('');
    const pages = ['/articles/webmail', '/setup/thunderbird/pop3', '/articles/', '/articles/webmail/', '/ARTICLES/WEBMAIL', null, 7];
    let accepted = 0;
    for (let i = 0; i < 300; i += 1) {
      const fields: Record<string, unknown> = {};
      if (next() < 0.9) fields.page = next() < 0.7 ? pick(pages) : text(40);
      if (next() < 0.9) fields.vote = next() < 0.7 ? pick(['yes', 'no', 'YES', '', null, 1]) : text(5);
      if (next() < 0.6) fields.comment = next() < 0.5 ? text(1_100) : pick([null, 3, [], {}, '']);
      const asForm = next() < 0.4;
      const request = asForm
        ? formPost(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])))
        : jsonPost(next() < 0.1 ? JSON.stringify(fields).slice(0, -1) : fields);
      const response = await post(request);
      expect(response.status, JSON.stringify(fields)).toBeLessThan(500);
      if (response.status === 201 || response.status === 303) accepted += 1;
    }
    const stored = store.report().reduce((sum, page) => sum + page.total, 0);
    expect(stored).toBe(accepted);
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('cross-site requests', () => {
  const vote = { page: '/articles/webmail', vote: 'yes' };

  it('accepts a post whose Origin is the host it was sent to', async () => {
    expect((await post(jsonPost(vote, { origin: 'https://help.example.com', host: 'help.example.com', 'x-forwarded-proto': 'https', 'sec-fetch-site': 'same-origin' }))).status).toBe(201);
  });

  it('accepts a post whose Origin is the configured SITE_URL', async () => {
    const response = await post(jsonPost(vote, { origin: 'https://mail-help.example.com', host: '127.0.0.1:3000' }), { siteOrigin: 'https://mail-help.example.com' });
    expect(response.status).toBe(201);
  });

  it('accepts a client that sends neither Origin nor Sec-Fetch-Site (not a browser page)', async () => {
    expect((await post(jsonPost(vote))).status).toBe(201);
  });

  const refused: Array<[string, Record<string, string>]> = [
    ['another site’s Origin', { origin: 'https://evil.example', host: 'help.example.test' }],
    ['the same host on another port', { origin: 'http://help.example.test:8080', host: 'help.example.test' }],
    ['the same host over another scheme', { origin: 'https://help.example.test', host: 'help.example.test' }],
    ['an opaque Origin (null)', { origin: 'null', host: 'help.example.test' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
    ['Sec-Fetch-Site: none', { 'sec-fetch-site': 'none' }],
    ['a same-origin Sec-Fetch-Site with a foreign Origin', { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example', host: 'help.example.test' }],
  ];
  for (const [name, headers] of refused) {
    it(`answers 403 to ${name} and stores nothing`, async () => {
      const response = await post(jsonPost(vote, headers));
      expect(response.status).toBe(403);
      expect(await errorOf(response)).toMatch(/only accepted from this site's own pages/);
      expect(store.counts('/articles/webmail').yes).toBe(0);
    });
  }

  it('answers a cross-site form post with an HTML 403 page', async () => {
    const response = await post(formPost({ page: '/articles/webmail', vote: 'yes' }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('Feedback must be sent from this site');
  });
});

describe('rate limit', () => {
  const vote = (client: string) => jsonPost({ page: '/articles/webmail', vote: 'yes' }, { 'x-forwarded-for': client });

  it('answers 429 with Retry-After once a client has sent its votes for the minute', async () => {
    let now = 1_000_000;
    const deps = depsFor(store, { limit: 3, now: () => now });
    for (let i = 0; i < 3; i += 1) {
      expect((await handleFeedbackPost(vote('203.0.113.7'), deps)).status).toBe(201);
      now += 1_000;
    }
    const refused = await handleFeedbackPost(vote('203.0.113.7'), deps);
    expect(refused.status).toBe(429);
    // The first vote (at 1,000,000) leaves the window at 1,060,000; it is now 1,003,000.
    expect(refused.headers.get('retry-after')).toBe('57');
    expect(await errorOf(refused)).toMatch(/try again in 57 seconds/);
    expect(store.counts('/articles/webmail').yes).toBe(3);
  });

  it('lets the client vote again once the oldest vote leaves the window', async () => {
    let now = 0;
    const deps = depsFor(store, { limit: 2, now: () => now });
    await handleFeedbackPost(vote('198.51.100.1'), deps);
    await handleFeedbackPost(vote('198.51.100.1'), deps);
    expect((await handleFeedbackPost(vote('198.51.100.1'), deps)).status).toBe(429);
    now = 60_001;
    expect((await handleFeedbackPost(vote('198.51.100.1'), deps)).status).toBe(201);
  });

  it('counts each client separately', async () => {
    const deps = depsFor(store, { limit: 1 });
    expect((await handleFeedbackPost(vote('192.0.2.1'), deps)).status).toBe(201);
    expect((await handleFeedbackPost(vote('192.0.2.2'), deps)).status).toBe(201);
    expect((await handleFeedbackPost(vote('192.0.2.1'), deps)).status).toBe(429);
  });

  it('does not count refused (invalid) requests against the client', async () => {
    const deps = depsFor(store, { limit: 1 });
    for (let i = 0; i < 5; i += 1) {
      await handleFeedbackPost(jsonPost({ page: '/nope', vote: 'yes' }, { 'x-forwarded-for': '192.0.2.9' }), deps);
    }
    expect((await handleFeedbackPost(vote('192.0.2.9'), deps)).status).toBe(201);
  });

  it('is off when no limiter is configured (FEEDBACK_RATE_LIMIT=0)', async () => {
    const deps = depsFor(store);
    for (let i = 0; i < 50; i += 1) expect((await handleFeedbackPost(vote('192.0.2.3'), deps)).status).toBe(201);
  });

  it('shows a form post that hit the limit an HTML page with Retry-After', async () => {
    const deps = depsFor(store, { limit: 1 });
    const form = () => formPost({ page: '/articles/webmail', vote: 'yes' }, { 'x-forwarded-for': '192.0.2.4' });
    expect((await handleFeedbackPost(form(), deps)).status).toBe(303);
    const refused = await handleFeedbackPost(form(), deps);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.text()).toContain('Too much feedback at once');
  });

  it('identifies the client by the last X-Forwarded-For address, the one the proxy saw', () => {
    expect(clientKey(new Request(API, { headers: { 'x-forwarded-for': '10.0.0.1, 203.0.113.5' } }))).toBe('203.0.113.5');
    expect(clientKey(new Request(API, { headers: { 'x-forwarded-for': '::ffff:127.0.0.1' } }))).toBe('::ffff:127.0.0.1');
    expect(clientKey(new Request(API))).toBe('unknown');
  });
});

describe('when the database fails', () => {
  it('answers 503 with Retry-After instead of 500, and logs the cause', async () => {
    const logged: unknown[] = [];
    const deps = {
      ...depsFor(store),
      recordVote: async () => {
        throw new Error('SQLITE_FULL: database or disk is full');
      },
      readCounts: () => {
        throw new Error('SQLITE_CORRUPT');
      },
      log: (_message: string, error: unknown) => logged.push(error),
    };
    const response = await handleFeedbackPost(jsonPost({ page: '/articles/webmail', vote: 'yes' }), deps);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect((await handleFeedbackGet(getCounts('?page=/articles/webmail'), deps)).status).toBe(503);
    expect(logged).toHaveLength(2);
  });
});

describe('when the database refuses a vote as invalid', () => {
  it('answers 400, not 503: the input was at fault', async () => {
    const deps = {
      ...depsFor(store),
      recordVote: async () => {
        throw Object.assign(new Error('CHECK constraint failed'), { code: 'SQLITE_CONSTRAINT_CHECK' });
      },
    };
    const response = await handleFeedbackPost(jsonPost({ page: '/articles/webmail', vote: 'yes' }), deps);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatch(/cannot be stored as sent/);
  });
});

describe('GET /api/feedback', () => {
  it('answers the page’s counts, not cached', async () => {
    store.record({ page: '/articles/webmail', vote: 'yes' });
    store.record({ page: '/articles/webmail', vote: 'yes' });
    store.record({ page: '/articles/webmail', vote: 'no' });
    store.record({ page: '/articles/mailbox-full', vote: 'no' });
    const response = await handleFeedbackGet(getCounts('?page=%2Farticles%2Fwebmail'), depsFor(store));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ page: '/articles/webmail', yes: 2, no: 1 });
  });

  it('answers zeros for a published page nobody has voted on', async () => {
    const response = await handleFeedbackGet(getCounts('?page=/setup/thunderbird/imap'), depsFor(store));
    expect(await response.json()).toEqual({ page: '/setup/thunderbird/imap', yes: 0, no: 0 });
  });

  it.each([
    ['no page', '', /page: required/],
    ['an unknown page', '?page=/articles/nope', /not a published article/],
    ['a page given twice', '?page=/articles/webmail&page=/articles/mailbox-full', /given more than once/],
    ['an empty page', '?page=', /not a published article/],
  ])('answers 400 to %s', async (_name, query, message) => {
    const response = await handleFeedbackGet(getCounts(query), depsFor(store));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatch(message);
  });
});

describe('readBody', () => {
  it('stops reading a stream as soon as it passes the limit', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = new Request(API, { method: 'POST', body, duplex: 'half' } as RequestInit);
    const result = await readBody(request, 4096);
    expect(result).toMatchObject({ ok: false, status: 413 });
    // An endless body: reading stopped a chunk or two past the limit, it was not buffered.
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const request = new Request(API, { method: 'POST', headers: { 'content-length': '999999' }, body: 'short' });
    expect(await readBody(request, 4096)).toMatchObject({ ok: false, status: 413 });
  });
});
