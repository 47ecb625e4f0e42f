import type { Provider, Security, ServerSettings, UsernameFormat } from './schema';
import { PROTOCOL_LABEL, type Protocol } from '../protocol';

export const SECURITY_LABEL: Record<Security, string> = { ssl: 'SSL/TLS', starttls: 'STARTTLS' };

export function usernameLabel(format: UsernameFormat, provider: Provider): string {
  const domain = provider.domains[0] ?? 'example.com';
  return format === 'email'
    ? `your full email address (e.g. you@${domain})`
    : `the part of your address before the @ (e.g. you for you@${domain})`;
}

/** A resolved setting: text to show, and a link when the value is an address. */
export interface SettingValue {
  text: string;
  href?: string;
}

const SERVER_FIELDS = ['host', 'port', 'security', 'username', 'alt.port', 'alt.security'] as const;
const GLOBAL_NAMES = [
  'provider.name',
  'domain',
  'webmail',
  'support.email',
  'support.phone',
  'support.url',
  'support.hours',
  'quota',
] as const;

/** Every name `<Setting name="…"/>` accepts. `incoming.*` only inside setup guides. */
export function settingNames(options: { inGuide: boolean }): string[] {
  const prefixes = ['imap', 'pop3', 'smtp', ...(options.inGuide ? ['incoming'] : [])];
  return [...GLOBAL_NAMES, ...prefixes.flatMap((prefix) => SERVER_FIELDS.map((field) => `${prefix}.${field}`))];
}

/**
 * Resolve a setting name to its value, or null when the name is unknown or the provider does not
 * offer it (e.g. no alternative port). `incoming` is the protocol a setup guide is showing.
 */
export function resolveSetting(provider: Provider, name: string, incoming?: Protocol): SettingValue | null {
  switch (name) {
    // Not a <Setting> name: the text placeholder that <Protocol /> leaves in extracted guide text.
    case 'protocol':
      return incoming ? { text: PROTOCOL_LABEL[incoming] } : null;
    case 'provider.name':
      return { text: provider.name };
    case 'domain':
      return { text: provider.domains[0] ?? '' };
    case 'webmail':
      return { text: provider.webmailUrl.replace(/^https:\/\//, '').replace(/\/$/, ''), href: provider.webmailUrl };
    case 'support.email':
      return { text: provider.support.email, href: `mailto:${provider.support.email}` };
    case 'support.phone':
      return provider.support.phone ? { text: provider.support.phone, href: `tel:${provider.support.phone.replace(/[^+\d]/g, '')}` } : null;
    case 'support.url':
      return provider.support.url ? { text: provider.support.url.replace(/^https?:\/\//, ''), href: provider.support.url } : null;
    case 'support.hours':
      return provider.support.hours ? { text: provider.support.hours } : null;
    case 'quota':
      return { text: `${provider.quotaGb} GB` };
  }
  const [prefix, ...rest] = name.split('.');
  const field = rest.join('.');
  const protocol = prefix === 'incoming' ? incoming : prefix;
  if (protocol !== 'imap' && protocol !== 'pop3' && protocol !== 'smtp') return null;
  return serverField(provider, provider[protocol], field);
}

function serverField(provider: Provider, server: ServerSettings, field: string): SettingValue | null {
  switch (field) {
    case 'host':
      return { text: server.host };
    case 'port':
      return { text: String(server.port) };
    case 'security':
      return { text: SECURITY_LABEL[server.security] };
    case 'username':
      return { text: usernameLabel(server.username, provider) };
    case 'alt.port':
      return server.alternative ? { text: String(server.alternative.port) } : null;
    case 'alt.security':
      return server.alternative ? { text: SECURITY_LABEL[server.alternative.security] } : null;
    default:
      return null;
  }
}
