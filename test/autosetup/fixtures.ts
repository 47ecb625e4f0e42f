// Provider settings for the auto-setup tests. Deliberately different from content/provider.yaml
// (other hosts, a STARTTLS main port for SMTP, a POP3 server without an alternative and with
// local-part user names, a capitalised domain) so the tests prove the documents follow the
// settings they are given, and an editor changing provider.yaml never breaks them.
import { XMLParser } from 'fast-xml-parser';
import { providerSchema, type Provider } from '../../lib/provider/schema';
import type { ProfileClient } from '../../lib/autosetup/http';
import { OUTLOOK_REQUEST_NS, OUTLOOK_RESPONSE_NS } from '../../lib/autosetup/autodiscover';

export const fixtureProvider: Provider = providerSchema.parse({
  name: 'Fixture Mail Co',
  domains: ['Fixture.Test', 'fixture-alt.example'],
  webmailUrl: 'https://webmail.fixture.test',
  support: { email: 'help@fixture.test' },
  quotaGb: 5,
  dns: { mx: [{ host: 'mx.fixture.test', priority: 10 }], spf: 'v=spf1 include:spf.fixture.test ~all' },
  imap: { host: 'imap.fixture.test', port: 993, security: 'ssl', username: 'email', alternative: { port: 143, security: 'starttls' } },
  pop3: { host: 'pop.fixture.test', port: 995, security: 'ssl', username: 'localpart' },
  smtp: { host: 'out.fixture.test', port: 587, security: 'starttls', username: 'email', alternative: { port: 465, security: 'ssl' } },
});

/** A copy of the fixture with some fields replaced, validated like provider.yaml. */
export function changedProvider(change: (draft: Provider) => void): Provider {
  const draft = structuredClone(fixtureProvider);
  change(draft);
  return providerSchema.parse(draft);
}

/** Setup guides as the profile route sees them. */
export const fixtureClients: ProfileClient[] = [
  { id: 'iphone', name: 'iPhone and iPad Mail', protocols: ['imap', 'pop3'], autoSetup: 'mobileconfig' },
  { id: 'apple-mail', name: 'Apple Mail (Mac)', protocols: ['imap', 'pop3'], autoSetup: 'mobileconfig' },
  { id: 'thunderbird', name: 'Thunderbird', protocols: ['imap', 'pop3'], autoSetup: 'autoconfig' },
  { id: 'imap-only-phone', name: 'IMAP-only phone', protocols: ['imap'], autoSetup: 'mobileconfig' },
];

/** A real XML parser configured to keep attributes and to always give arrays where a document may repeat an element. */
export function parseXml(xml: string, arrays: string[] = []): Record<string, unknown> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    processEntities: true,
    htmlEntities: true,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(xml) as Record<string, unknown>;
}

/** Addresses whose characters must be escaped in XML: quoted local parts may hold < > " and \\". */
export const HOSTILE_ADDRESSES = [
  `o'neil&co@fixture.test`,
  `"a<b>c"@fixture.test`,
  `"say \\"hi\\" & <bye>"@fixture.test`,
  `"]]></string><key>x</key>"@fixture.test`,
] as const;

/** The request classic Outlook sends (address inserted as given: escape it yourself when needed). */
export function outlookRequest(address: string, schema = OUTLOOK_RESPONSE_NS): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="${OUTLOOK_REQUEST_NS}">
  <Request>
    <EMailAddress>${address}</EMailAddress>
    <AcceptableResponseSchema>${schema}</AcceptableResponseSchema>
  </Request>
</Autodiscover>`;
}
