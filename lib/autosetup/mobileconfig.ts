import type { Provider } from '../provider/schema';
import type { EmailAddress } from './address';
import { loginName } from './servers';
import { uuidV5 } from './uuid';
import { el, renderXmlDocument, type XmlElement } from './xml';
import { PROTOCOL_LABEL, type Protocol } from '../protocol';

/**
 * An unsigned Apple configuration profile with one Mail account
 * (https://developer.apple.com/documentation/devicemanagement/mail): iPhone, iPad and Mac install it
 * and add the account with our server settings. The password is never part of the profile; the
 * device asks for it while installing.
 */

export const MOBILECONFIG_CONTENT_TYPE = 'application/x-apple-aspen-config';

type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

/** Property-list XML for the few value types a profile uses. Keys are sorted, as Apple's tools write them. */
function plistElement(value: PlistValue): XmlElement {
  if (typeof value === 'string') return el('string', value);
  if (typeof value === 'boolean') return el(value ? 'true' : 'false');
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error('profiles only hold whole numbers');
    return el('integer', value);
  }
  if (Array.isArray(value)) return el('array', value.map(plistElement));
  const keys = Object.keys(value).sort();
  return el(
    'dict',
    keys.flatMap((key) => [el('key', key), plistElement(value[key] as PlistValue)]),
  );
}

const PLIST_DOCTYPE = '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">';

/** `com.example` for example.com: profile identifiers are reverse-DNS names. */
function reverseDomain(domain: string): string {
  return domain.toLowerCase().split('.').reverse().join('.');
}

export interface ProfileIds {
  profileUuid: string;
  profileIdentifier: string;
  accountUuid: string;
  accountIdentifier: string;
}

/**
 * Stable identifiers for one address and protocol. The address is compared without regard to case
 * (mail hosts treat You@ and you@ as one mailbox), so installing the profile again, even typed
 * differently, replaces the account rather than adding a duplicate.
 */
export function profileIds(provider: Provider, address: EmailAddress, protocol: Protocol): ProfileIds {
  const name = `${protocol}:${address.address.toLowerCase()}`;
  const profileUuid = uuidV5(`mobileconfig-profile:${name}`);
  const accountUuid = uuidV5(`mobileconfig-account:${name}`);
  const base = `${reverseDomain(provider.domains[0] ?? 'example.com')}.mailguide.${protocol}.${profileUuid}`;
  return { profileUuid, profileIdentifier: base, accountUuid, accountIdentifier: `${base}.account` };
}

export function mobileconfigXml(provider: Provider, address: EmailAddress, protocol: Protocol): string {
  const incoming = provider[protocol];
  const outgoing = provider.smtp;
  const ids = profileIds(provider, address, protocol);
  const label = PROTOCOL_LABEL[protocol];
  const account: PlistValue = {
    PayloadType: 'com.apple.mail.managed',
    PayloadVersion: 1,
    PayloadIdentifier: ids.accountIdentifier,
    PayloadUUID: ids.accountUuid,
    PayloadDisplayName: `${provider.name} mail (${label})`,
    PayloadDescription: `Adds the mailbox ${address.address} to Mail using ${label}.`,
    EmailAccountDescription: provider.name,
    EmailAccountType: protocol === 'imap' ? 'EmailTypeIMAP' : 'EmailTypePOP',
    EmailAddress: address.address,
    IncomingMailServerHostName: incoming.host,
    IncomingMailServerPortNumber: incoming.port,
    // True for both SSL/TLS and STARTTLS: Mail uses TLS either way, and never sends the password unencrypted.
    IncomingMailServerUseSSL: true,
    IncomingMailServerAuthentication: 'EmailAuthPassword',
    IncomingMailServerUsername: loginName(incoming.username, address),
    OutgoingMailServerHostName: outgoing.host,
    OutgoingMailServerPortNumber: outgoing.port,
    OutgoingMailServerUseSSL: true,
    OutgoingMailServerAuthentication: 'EmailAuthPassword',
    OutgoingMailServerUsername: loginName(outgoing.username, address),
    // One password prompt while installing; it is used for sending as well.
    OutgoingPasswordSameAsIncomingPassword: true,
  };
  const profile: PlistValue = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: ids.profileIdentifier,
    PayloadUUID: ids.profileUuid,
    PayloadDisplayName: `${provider.name}: ${address.address}`,
    PayloadDescription: `Sets up ${address.address} in Mail with ${provider.name}'s ${label} and SMTP servers. Your password is not included; you enter it while installing.`,
    PayloadOrganization: provider.name,
    PayloadRemovalDisallowed: false,
    PayloadContent: [account],
  };
  return renderXmlDocument(el('plist', { version: '1.0' }, [plistElement(profile)]), { prolog: PLIST_DOCTYPE, indent: '\t' });
}

/**
 * The download's file name: the address and protocol, reduced to characters every file system
 * and the Content-Disposition header accept (anything else becomes "_").
 */
export function profileFileName(address: EmailAddress, protocol: Protocol): string {
  const safe = address.address.replace(/[^A-Za-z0-9._@+-]/g, '_').replace(/^\.+/, '_');
  return `${safe}-${protocol}.mobileconfig`;
}
