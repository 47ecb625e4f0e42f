import { describe, expect, it } from 'vitest';
import { parse as parsePlist } from 'plist';
import { parseEmailAddress, type EmailAddress } from '../../lib/autosetup/address';
import { mobileconfigXml, profileFileName, profileIds } from '../../lib/autosetup/mobileconfig';
import type { Provider } from '../../lib/provider/schema';
import { changedProvider, fixtureProvider, HOSTILE_ADDRESSES } from './fixtures';
import { type Protocol } from '../../lib/protocol';

type Dict = Record<string, unknown>;

function address(text: string): EmailAddress {
  const parsed = parseEmailAddress(text);
  if (!parsed.ok) throw new Error(`test address ${text} is invalid`);
  return parsed.value;
}

function parseProfile(provider: Provider, email: string, protocol: Protocol): { profile: Dict; account: Dict } {
  const profile = parsePlist(mobileconfigXml(provider, address(email), protocol)) as Dict;
  const content = profile.PayloadContent as Dict[];
  expect(content).toHaveLength(1);
  return { profile, account: content[0] as Dict };
}

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

describe('Apple configuration profile', () => {
  it('is a Configuration profile from the provider, removable, version 1', () => {
    const { profile } = parseProfile(fixtureProvider, 'jane@fixture.test', 'imap');
    expect(profile).toMatchObject({
      PayloadType: 'Configuration',
      PayloadVersion: 1,
      PayloadOrganization: 'Fixture Mail Co',
      PayloadRemovalDisallowed: false,
      PayloadDisplayName: 'Fixture Mail Co: jane@fixture.test',
    });
    expect(profile.PayloadUUID).toMatch(UUID);
    expect(profile.PayloadIdentifier).toBe(`test.fixture.mailguide.imap.${profile.PayloadUUID as string}`);
  });

  it('holds one IMAP mail payload matching the settings field by field', () => {
    const { account } = parseProfile(fixtureProvider, 'Jane@Fixture.Test', 'imap');
    expect(account).toMatchObject({
      PayloadType: 'com.apple.mail.managed',
      PayloadVersion: 1,
      EmailAccountDescription: 'Fixture Mail Co',
      EmailAccountType: 'EmailTypeIMAP',
      EmailAddress: 'Jane@fixture.test',
      IncomingMailServerHostName: 'imap.fixture.test',
      IncomingMailServerPortNumber: 993,
      IncomingMailServerUseSSL: true,
      IncomingMailServerAuthentication: 'EmailAuthPassword',
      IncomingMailServerUsername: 'Jane@fixture.test',
      OutgoingMailServerHostName: 'out.fixture.test',
      OutgoingMailServerPortNumber: 587,
      OutgoingMailServerUseSSL: true,
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerUsername: 'Jane@fixture.test',
      OutgoingPasswordSameAsIncomingPassword: true,
    });
    expect(account.PayloadUUID).toMatch(UUID);
    expect(account).not.toHaveProperty('IncomingPassword');
    expect(account).not.toHaveProperty('OutgoingPassword');
  });

  it('holds a POP payload with the POP3 server and its user-name format', () => {
    const { account } = parseProfile(fixtureProvider, 'jane@fixture.test', 'pop3');
    expect(account).toMatchObject({
      EmailAccountType: 'EmailTypePOP',
      IncomingMailServerHostName: 'pop.fixture.test',
      IncomingMailServerPortNumber: 995,
      IncomingMailServerUsername: 'jane',
      OutgoingMailServerUsername: 'jane@fixture.test',
    });
  });

  it('follows a change of the provider settings', () => {
    const changed = changedProvider((p) => {
      p.imap = { host: 'other-imap.fixture.test', port: 143, security: 'starttls', username: 'localpart' };
      p.smtp = { host: 'other-smtp.fixture.test', port: 2525, security: 'starttls', username: 'localpart' };
      p.name = 'Other Name';
    });
    const { profile, account } = parseProfile(changed, 'jane@fixture.test', 'imap');
    expect(profile.PayloadOrganization).toBe('Other Name');
    expect(account).toMatchObject({
      IncomingMailServerHostName: 'other-imap.fixture.test',
      IncomingMailServerPortNumber: 143,
      IncomingMailServerUsername: 'jane',
      OutgoingMailServerHostName: 'other-smtp.fixture.test',
      OutgoingMailServerPortNumber: 2525,
      OutgoingMailServerUsername: 'jane',
    });
  });

  it.each(HOSTILE_ADDRESSES)('escapes the address %s so it reads back exactly', (hostile) => {
    const xml = mobileconfigXml(fixtureProvider, address(hostile), 'imap');
    const { account } = parseProfile(fixtureProvider, hostile, 'imap');
    expect(account.EmailAddress).toBe(hostile);
    expect(account.IncomingMailServerUsername).toBe(hostile);
    // The only <key> elements are ours: the address never adds structure.
    expect(xml.match(/<key>x<\/key>/g)).toBeNull();
  });
});

describe('profile identifiers', () => {
  const ids = (email: string, protocol: Protocol) => profileIds(fixtureProvider, address(email), protocol);

  it('are the same every time for the same address and protocol, so reinstalling replaces', () => {
    expect(ids('jane@fixture.test', 'imap')).toEqual(ids('jane@fixture.test', 'imap'));
    const a = parseProfile(fixtureProvider, 'jane@fixture.test', 'imap');
    const b = parseProfile(fixtureProvider, 'jane@fixture.test', 'imap');
    expect([a.profile.PayloadUUID, a.account.PayloadUUID, a.profile.PayloadIdentifier]).toEqual([b.profile.PayloadUUID, b.account.PayloadUUID, b.profile.PayloadIdentifier]);
  });

  it('ignore the capitalization of the address', () => {
    expect(ids('JANE@FIXTURE.TEST', 'imap')).toEqual(ids('jane@fixture.test', 'imap'));
  });

  it('differ between protocols, between addresses, and between profile and account', () => {
    const imap = ids('jane@fixture.test', 'imap');
    const pop3 = ids('jane@fixture.test', 'pop3');
    const other = ids('john@fixture.test', 'imap');
    expect(new Set([imap.profileUuid, imap.accountUuid, pop3.profileUuid, pop3.accountUuid, other.profileUuid, other.accountUuid]).size).toBe(6);
    expect(imap.accountIdentifier).toBe(`${imap.profileIdentifier}.account`);
  });
});

describe('profileFileName', () => {
  it('names the download after the address and protocol', () => {
    expect(profileFileName(address('jane@fixture.test'), 'imap')).toBe('jane@fixture.test-imap.mobileconfig');
  });

  it('replaces characters that are unsafe in a file name or header', () => {
    expect(profileFileName(address('"a\\"/b<c>"@fixture.test'), 'pop3')).toBe('_a___b_c__@fixture.test-pop3.mobileconfig');
    expect(profileFileName(address('josé@fixture.test'), 'imap')).toBe('jos_@fixture.test-imap.mobileconfig');
  });
});
