import type { Provider, Security, UsernameFormat } from '../provider/schema';
import { connections, type Connection } from './servers';
import { el, renderXmlDocument, type XmlElement } from './xml';

/**
 * Thunderbird's autoconfig document, `clientConfig` version 1.1
 * (https://datatracker.ietf.org/doc/draft-ietf-mailmaint-autoconfig/ and
 * https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat).
 *
 * The document is the same for every address of the provider: the user name is a placeholder that
 * the app fills in, so nothing the client sent is ever echoed here.
 */

export const AUTOCONFIG_CONTENT_TYPE = 'text/xml; charset=utf-8';

const SOCKET_TYPE: Record<Security, string> = { ssl: 'SSL', starttls: 'STARTTLS' };
const USERNAME_PLACEHOLDER: Record<UsernameFormat, string> = { email: '%EMAILADDRESS%', localpart: '%EMAILLOCALPART%' };

/** A short name for account lists: the provider's first word ("Example Mail" → "Example"). */
export function shortName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

function server(tag: 'incomingServer' | 'outgoingServer', type: string, connection: Connection): XmlElement {
  return el(tag, { type }, [
    el('hostname', connection.host),
    el('port', connection.port),
    el('socketType', SOCKET_TYPE[connection.security]),
    // The password travels inside TLS (SSL or STARTTLS), so plain password authentication is right.
    el('authentication', 'password-cleartext'),
    el('username', USERNAME_PLACEHOLDER[connection.username]),
  ]);
}

/**
 * Every provider domain, then IMAP servers, then POP3, then SMTP submission. Thunderbird prefers
 * the first incoming server listed, so IMAP comes first; each protocol's alternative connection
 * follows its main one, as a fallback Thunderbird may offer.
 */
export function clientConfigXml(provider: Provider): string {
  const domains = provider.domains.map((d) => d.toLowerCase());
  const root = el('clientConfig', { version: '1.1' }, [
    el('emailProvider', { id: domains[0] ?? '' }, [
      ...domains.map((domain) => el('domain', domain)),
      el('displayName', provider.name),
      el('displayShortName', shortName(provider.name)),
      ...connections(provider.imap).map((c) => server('incomingServer', 'imap', c)),
      ...connections(provider.pop3).map((c) => server('incomingServer', 'pop3', c)),
      ...connections(provider.smtp).map((c) => server('outgoingServer', 'smtp', c)),
    ]),
  ]);
  return renderXmlDocument(root);
}
