import { describe, expect, it } from 'vitest';
import { autoSetupDnsRecords, isLocalHost, siteHostFromUrl } from '../../lib/autosetup/dns';
import { changedProvider, fixtureProvider } from './fixtures';

const srv = (records: ReturnType<typeof autoSetupDnsRecords>[number]) =>
  Object.fromEntries(records.services.map((r) => [r.service, [r.priority, r.weight, r.port, r.target]]));

describe('autoSetupDnsRecords', () => {
  it('points autoconfig.<domain> and autodiscover.<domain> of every provider domain at the help center', () => {
    const records = autoSetupDnsRecords(fixtureProvider, 'help.fixture.test');
    expect(records.map((r) => r.domain)).toEqual(['fixture.test', 'fixture-alt.example']);
    expect(records[1]?.hosts.map((h) => [h.name, h.type, h.value])).toEqual([
      ['autoconfig.fixture-alt.example', 'CNAME', 'help.fixture.test'],
      ['autodiscover.fixture-alt.example', 'CNAME', 'help.fixture.test'],
    ]);
  });

  it('uses A or AAAA records when the help center is reached by IP address', () => {
    expect(autoSetupDnsRecords(fixtureProvider, '192.0.2.10')[0]?.hosts[0]?.type).toBe('A');
    expect(autoSetupDnsRecords(fixtureProvider, '2001:db8::1')[0]?.hosts[0]?.type).toBe('AAAA');
  });

  it('derives the RFC 6186 and RFC 8314 SRV records from the settings, with "." for services not offered', () => {
    const [first] = autoSetupDnsRecords(fixtureProvider, 'help.fixture.test');
    expect(first?.services.map((r) => r.name)).toEqual([
      '_imaps._tcp.fixture.test',
      '_imap._tcp.fixture.test',
      '_pop3s._tcp.fixture.test',
      '_pop3._tcp.fixture.test',
      '_submissions._tcp.fixture.test',
      '_submission._tcp.fixture.test',
    ]);
    expect(srv(first!)).toEqual({
      _imaps: [0, 1, 993, 'imap.fixture.test'],
      _imap: [10, 1, 143, 'imap.fixture.test'], // the alternative: a higher number, tried later
      _pop3s: [20, 1, 995, 'pop.fixture.test'], // POP3 after IMAP
      _pop3: [0, 0, 0, '.'], // the fixture's POP3 has no STARTTLS connection
      _submissions: [10, 1, 465, 'out.fixture.test'],
      _submission: [0, 1, 587, 'out.fixture.test'], // the fixture's main SMTP connection is STARTTLS
    });
    expect(first?.services.find((r) => r.service === '_pop3')?.offered).toBe(false);
  });

  it('follows a change of the provider settings', () => {
    const changed = changedProvider((p) => {
      p.imap = { host: 'imap2.fixture.test', port: 1993, security: 'ssl', username: 'email' };
      p.pop3.alternative = { port: 110, security: 'starttls' };
    });
    const records = srv(autoSetupDnsRecords(changed, 'help.fixture.test')[0]!);
    expect(records._imaps).toEqual([0, 1, 1993, 'imap2.fixture.test']);
    expect(records._imap).toEqual([0, 0, 0, '.']);
    expect(records._pop3).toEqual([30, 1, 110, 'pop.fixture.test']);
  });
});

describe('siteHostFromUrl and isLocalHost', () => {
  it('takes the host name without port or IPv6 brackets', () => {
    expect(siteHostFromUrl('https://Help.Fixture.Test:8443/path')).toBe('help.fixture.test');
    expect(siteHostFromUrl('http://[2001:db8::1]:3000')).toBe('2001:db8::1');
  });

  it('recognizes addresses that only work on the machine itself', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '::1']) expect(isLocalHost(host), host).toBe(true);
    expect(isLocalHost('help.fixture.test')).toBe(false);
  });
});
