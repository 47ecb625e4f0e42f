import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { clientConfigXml, shortName } from '../../lib/autosetup/autoconfig';
import type { Provider } from '../../lib/provider/schema';
import { changedProvider, fixtureProvider, parseXml } from './fixtures';

interface Server {
  '@_type': string;
  hostname: string;
  port: string;
  socketType: string;
  authentication: string;
  username: string;
}

function parse(provider: Provider) {
  const xml = clientConfigXml(provider);
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parseXml(xml, ['domain', 'incomingServer', 'outgoingServer']) as {
    clientConfig: {
      '@_version': string;
      emailProvider: { '@_id': string; domain: string[]; displayName: string; displayShortName: string; incomingServer: Server[]; outgoingServer: Server[] };
    };
  };
  return doc.clientConfig;
}

const expectServer = (server: Server | undefined, expected: Omit<Server, 'authentication'>) =>
  expect(server).toEqual({ ...expected, authentication: 'password-cleartext' });

describe('Thunderbird clientConfig document', () => {
  it('is a clientConfig version 1.1 naming the provider and every domain in lower case', () => {
    const config = parse(fixtureProvider);
    expect(config['@_version']).toBe('1.1');
    expect(config.emailProvider['@_id']).toBe('fixture.test');
    expect(config.emailProvider.domain).toEqual(['fixture.test', 'fixture-alt.example']);
    expect(config.emailProvider.displayName).toBe('Fixture Mail Co');
    expect(config.emailProvider.displayShortName).toBe('Fixture');
  });

  it('lists IMAP first (with its alternative), then POP3, field by field from the settings', () => {
    const servers = parse(fixtureProvider).emailProvider.incomingServer;
    expect(servers.map((s) => s['@_type'])).toEqual(['imap', 'imap', 'pop3']);
    expectServer(servers[0], { '@_type': 'imap', hostname: 'imap.fixture.test', port: '993', socketType: 'SSL', username: '%EMAILADDRESS%' });
    expectServer(servers[1], { '@_type': 'imap', hostname: 'imap.fixture.test', port: '143', socketType: 'STARTTLS', username: '%EMAILADDRESS%' });
    expectServer(servers[2], { '@_type': 'pop3', hostname: 'pop.fixture.test', port: '995', socketType: 'SSL', username: '%EMAILLOCALPART%' });
  });

  it('lists SMTP submission after the incoming servers, main connection first', () => {
    const config = parse(fixtureProvider);
    const xml = clientConfigXml(fixtureProvider);
    expect(xml.indexOf('<outgoingServer')).toBeGreaterThan(xml.lastIndexOf('<incomingServer'));
    const servers = config.emailProvider.outgoingServer;
    expectServer(servers[0], { '@_type': 'smtp', hostname: 'out.fixture.test', port: '587', socketType: 'STARTTLS', username: '%EMAILADDRESS%' });
    expectServer(servers[1], { '@_type': 'smtp', hostname: 'out.fixture.test', port: '465', socketType: 'SSL', username: '%EMAILADDRESS%' });
  });

  it('follows a change of the provider settings', () => {
    const changed = changedProvider((p) => {
      p.imap = { host: 'new-imap.fixture.test', port: 10993, security: 'ssl', username: 'localpart' };
      p.domains = ['other.example'];
      p.name = 'Renamed';
    });
    const config = parse(changed);
    expect(config.emailProvider.domain).toEqual(['other.example']);
    expect(config.emailProvider.displayName).toBe('Renamed');
    expect(config.emailProvider.incomingServer.map((s) => [s['@_type'], s.hostname, s.port, s.username])).toEqual([
      ['imap', 'new-imap.fixture.test', '10993', '%EMAILLOCALPART%'],
      ['pop3', 'pop.fixture.test', '995', '%EMAILLOCALPART%'],
    ]);
  });

  it('escapes a provider name with XML characters', () => {
    const config = parse(changedProvider((p) => (p.name = `Smith & "Sons" <Mail>`)));
    expect(config.emailProvider.displayName).toBe(`Smith & "Sons" <Mail>`);
    expect(clientConfigXml(changedProvider((p) => (p.name = 'A&B')))).toContain('<displayName>A&amp;B</displayName>');
  });
});

describe('shortName', () => {
  it('takes the first word of the provider name', () => {
    expect(shortName('Example Mail')).toBe('Example');
    expect(shortName('Solo')).toBe('Solo');
  });
});
