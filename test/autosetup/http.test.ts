import { describe, expect, it } from 'vitest';
import { parse as parsePlist } from 'plist';
import { autoconfigResponse, autodiscoverResponse, profileResponse } from '../../lib/autosetup/http';
import { AUTODISCOVER_BODY_LIMIT, OUTLOOK_RESPONSE_NS } from '../../lib/autosetup/autodiscover';
import { clientConfigXml } from '../../lib/autosetup/autoconfig';
import { PROBLEM_PAGE_CSP } from '../../lib/autosetup/page';
import { hashSource } from '../../lib/security/headers.mjs';
import { fixtureClients, fixtureProvider, HOSTILE_ADDRESSES, outlookRequest, parseXml } from './fixtures';

const ORIGIN = 'https://help.fixture.test';
/** Text that must never come back in an answer: it would mean we echoed raw input. */
const MARKER = 'zz-echo-marker';

const autoconfig = (query: string, path = '/mail/config-v1.1.xml') => autoconfigResponse(new Request(`${ORIGIN}${path}${query}`), fixtureProvider);

function post(body: BodyInit | null, init: RequestInit = {}) {
  return autodiscoverResponse(
    new Request(`${ORIGIN}/autodiscover/autodiscover.xml`, { method: 'POST', body, ...init, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit),
    fixtureProvider,
  );
}

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  const body = await response.text();
  const doc = parseXml(body) as { Autodiscover: { Response: { Error: { ErrorCode: string; Message: string } } } };
  return { body, code: doc.Autodiscover.Response.Error.ErrorCode, message: doc.Autodiscover.Response.Error.Message };
}

const profile = (client: string, protocol: string, query: string) =>
  profileResponse(new Request(`${ORIGIN}/setup/${client}/${protocol}/profile.mobileconfig${query}`), { client, protocol }, { provider: fixtureProvider, clients: fixtureClients });

describe('GET autoconfig (Thunderbird)', () => {
  it('answers the clientConfig document as text/xml without an address', async () => {
    const response = autoconfig('');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(clientConfigXml(fixtureProvider));
  });

  it('answers the same document for any address of any provider domain, in any case', async () => {
    const expected = clientConfigXml(fixtureProvider);
    for (const email of ['jane@fixture.test', 'NOBODY.EXISTS@FIXTURE-ALT.EXAMPLE', "o'neil&co@Fixture.Test"]) {
      const response = autoconfig(`?emailaddress=${encodeURIComponent(email)}`, '/.well-known/autoconfig/mail/config-v1.1.xml');
      expect(response.status, email).toBe(200);
      expect(await response.text()).toBe(expected);
    }
  });

  it('treats an empty emailaddress like none', () => {
    expect(autoconfig('?emailaddress=').status).toBe(200);
  });

  it('answers 404 for an address of another domain or a subdomain, without repeating it', async () => {
    for (const email of [`${MARKER}@other.example`, `${MARKER}@mail.fixture.test`]) {
      const response = autoconfig(`?emailaddress=${encodeURIComponent(email)}`);
      expect(response.status, email).toBe(404);
      const body = await response.text();
      expect(body).toContain('fixture.test or fixture-alt.example');
      expect(body).not.toContain(MARKER);
    }
  });

  it('answers 400 for an address that is not one, without repeating it', async () => {
    for (const bad of [`<script>${MARKER}</script>`, `${MARKER}@`, `${'a'.repeat(300)}@fixture.test`, `${MARKER}\r\n@fixture.test`]) {
      const response = autoconfig(`?emailaddress=${encodeURIComponent(bad)}`);
      expect(response.status, bad).toBe(400);
      const body = await response.text();
      expect(body).not.toContain(MARKER);
      expect(body).not.toContain('<script>');
    }
  });

  it('answers 400 when the address is given twice', () => {
    expect(autoconfig('?emailaddress=a@fixture.test&emailaddress=b@fixture.test').status).toBe(400);
  });
});

describe('POST autodiscover (Outlook)', () => {
  it('answers the settings for an address of a provider domain', async () => {
    const response = await post(outlookRequest('Jane@FIXTURE-ALT.example'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const doc = parseXml(await response.text(), ['Protocol']) as { Autodiscover: { Response: { Account: { Protocol: Array<{ Type: string; LoginName: string }> } } } };
    expect(doc.Autodiscover.Response.Account.Protocol.map((p) => [p.Type, p.LoginName])).toEqual([
      ['IMAP', 'Jane@fixture-alt.example'],
      ['POP3', 'Jane'],
      ['SMTP', 'Jane@fixture-alt.example'],
    ]);
  });

  it.each(HOSTILE_ADDRESSES)('escapes the address %s in the answer', async (hostile) => {
    const escaped = hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const response = await post(outlookRequest(escaped));
    expect(response.status).toBe(200);
    const doc = parseXml(await response.text(), ['Protocol']) as { Autodiscover: { Response: { Account: { Protocol: Array<{ LoginName: string }> } } } };
    expect(doc.Autodiscover.Response.Account.Protocol[0]?.LoginName).toBe(hostile);
  });

  it('answers 405 with an error document for GET, naming POST', async () => {
    const response = await autodiscoverResponse(new Request(`${ORIGIN}/autodiscover/autodiscover.xml`), fixtureProvider);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await errorOf(response)).code).toBe('600');
  });

  const hostile: Array<[string, string, number]> = [
    ['an empty body', '', 400],
    ['a body that is not XML', `${MARKER}@fixture.test`, 400],
    ['unclosed XML', `<Autodiscover><Request><EMailAddress>${MARKER}@fixture.test</EMailAddress>`, 400],
    ['a DOCTYPE', `<!DOCTYPE Autodiscover>${outlookRequest('jane@fixture.test')}`, 400],
    ['an external entity (XXE)', `<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${outlookRequest('&xxe;')}`, 400],
    ['an entity bomb', `<!DOCTYPE r [<!ENTITY a "${MARKER}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>${outlookRequest('&b;@fixture.test')}`, 400],
    ['an undeclared entity', outlookRequest('&xxe;@fixture.test'), 400],
    ['no address', outlookRequest(''), 400],
    ['an invalid address', outlookRequest(`${MARKER} at fixture.test`), 400],
    ['an address of another domain', outlookRequest(`${MARKER}@other.example`), 404],
    ['an address of a subdomain', outlookRequest(`${MARKER}@mail.fixture.test`), 404],
  ];
  it.each(hostile)('answers %s with a %i Autodiscover error that does not repeat the request', async (_name, body, status) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error.code).toBe('600');
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.body).not.toContain(MARKER);
    expect(error.body).not.toContain('passwd');
  });

  it('answers a request for another response schema with error 601', async () => {
    const response = await post(outlookRequest('jane@fixture.test', 'http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006'));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('601');
    expect(error.message).toContain(OUTLOOK_RESPONSE_NS);
  });

  it('answers 413 when the declared length is over the limit, before reading', async () => {
    const response = await post(outlookRequest('jane@fixture.test'), { headers: { 'content-length': String(AUTODISCOVER_BODY_LIMIT + 1) } });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('600');
  });

  it('answers 400 for a Content-Length that is not a number', async () => {
    const response = await post(outlookRequest('jane@fixture.test'), { headers: { 'content-length': 'lots' } });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('Content-Length');
  });

  it('answers 413 when a body without a declared length grows over the limit, and stops reading', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`<!-- ${'x'.repeat(1000)} -->`);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
        if (pulled > 1000) controller.close();
      },
    });
    const response = await post(stream);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });

  it('accepts a request just under the limit', async () => {
    const request = outlookRequest('jane@fixture.test');
    const padded = request.replace('<Request>', `<Request><!--${' '.repeat(AUTODISCOVER_BODY_LIMIT - request.length - 8)}-->`);
    expect(new TextEncoder().encode(padded).length).toBeLessThanOrEqual(AUTODISCOVER_BODY_LIMIT);
    expect((await post(padded)).status).toBe(200);
  });

  it('answers 400 for a body that is not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<Autodiscover><Request><EMailAddress>'), 0xff, 0xfe, ...new TextEncoder().encode('@fixture.test</EMailAddress></Request></Autodiscover>')]);
    const response = await post(bytes);
    expect(response.status).toBe(400);
  });
});

describe('GET profile.mobileconfig (iPhone, iPad, Mac)', () => {
  it('downloads a profile named for the address, for iPhone with IMAP', async () => {
    const response = profile('iphone', 'imap', '?email=Jane%40Fixture.test');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-apple-aspen-config');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="Jane@fixture.test-imap.mobileconfig"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const parsed = parsePlist(await response.text()) as { PayloadContent: Array<Record<string, unknown>> };
    expect(parsed.PayloadContent[0]).toMatchObject({ EmailAccountType: 'EmailTypeIMAP', EmailAddress: 'Jane@fixture.test' });
  });

  it('downloads a POP profile for Apple Mail with POP3', async () => {
    const response = profile('apple-mail', 'pop3', '?email=jane%40fixture-alt.example');
    expect(response.status).toBe(200);
    const parsed = parsePlist(await response.text()) as { PayloadContent: Array<Record<string, unknown>> };
    expect(parsed.PayloadContent[0]).toMatchObject({ EmailAccountType: 'EmailTypePOP', IncomingMailServerHostName: 'pop.fixture.test' });
  });

  it.each([
    ['a guide whose app does not use profiles', 'thunderbird', 'imap'],
    ['an unknown guide', 'nokia-3310', 'imap'],
    ['SMTP, which is not a guide protocol', 'iphone', 'smtp'],
    ['a protocol the app does not support', 'imap-only-phone', 'pop3'],
    ['a protocol in capitals', 'iphone', 'IMAP'],
  ])('answers 404 for %s', async (_name, client, protocol) => {
    const response = profile(client, protocol, '?email=jane%40fixture.test');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('href="/setup/iphone/imap"');
    expect(html).not.toContain('nokia');
  });

  it.each([
    ['no address', '', 'Which address'],
    ['an empty address', '?email=', 'Which address'],
    ['an invalid address', `?email=${encodeURIComponent(`<img src=x onerror=alert(1)>${MARKER}`)}`, 'not look like'],
    ['an address too long', `?email=${'a'.repeat(70)}${MARKER}%40fixture.test`, 'longer than'],
    ['an address of another domain', `?email=${MARKER}%40other.example`, 'fixture.test or fixture-alt.example'],
    ['two addresses', `?email=a%40fixture.test&email=${MARKER}%40fixture.test`, 'more than one'],
  ])('answers %s with a 400 page that explains and offers the form again, never the input', async (_name, query, explanation) => {
    const response = profile('iphone', 'imap', query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    // proxy.ts serves it with PROBLEM_PAGE_CSP, which must allow its one style block and nothing else.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(PROBLEM_PAGE_CSP).toContain(hashSource(style));
    expect(PROBLEM_PAGE_CSP).toMatch(/^default-src 'none';/);
    expect(html).not.toMatch(/<script|style=/);
    expect(html).toContain(explanation);
    expect(html).toContain('<form method="get" action="/setup/iphone/imap/profile.mobileconfig">');
    expect(html).toMatch(/<input id="email" name="email" type="email" required[^>]*>/);
    expect(html).not.toMatch(/value=/);
    expect(html).toContain('href="/setup/iphone/imap"');
    expect(html).not.toContain(MARKER);
    expect(html).not.toContain('onerror');
  });
});
