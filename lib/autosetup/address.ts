import type { Provider } from '../provider/schema';

/**
 * Email addresses arriving from mail apps and forms. The checks follow the SMTP grammar
 * (RFC 5321 §4.1.2: dot-atom or quoted-string local part; §4.5.3.1: 64-octet local part, 254-octet
 * path) with RFC 6532 letters allowed in the local part. Anything else is refused with a reason
 * that can be shown to a person, never the input itself.
 */
export interface EmailAddress {
  /** The local part exactly as given (a quoted local part keeps its quotes). */
  local: string;
  /** The domain, lower-cased: DNS names are case-insensitive. */
  domain: string;
  /** `local@domain`, the form used in documents. */
  address: string;
}

export type AddressProblem = 'missing' | 'too-long' | 'invalid';

export type AddressResult = { ok: true; value: EmailAddress } | { ok: false; problem: AddressProblem };

/** C0/C1 controls, non-characters and lone surrogates: never part of an address, never safe to echo. */
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** RFC 5322 atext, plus letters, marks and digits beyond ASCII (RFC 6532 §3.2). */
const ATOM = "(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[\\p{L}\\p{M}\\p{N}])+";
const DOT_ATOM = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`, 'u');
/** RFC 5321 Quoted-string: qtextSMTP or a backslash pair; at least one character. */
const QUOTED = /^"(?:[\x20\x21\x23-\x5B\x5D-\x7E]|\\[\x20-\x7E])+"$/;
/** The same host-name rule as provider.yaml's domains. */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const MAX_ADDRESS_OCTETS = 254;
const MAX_LOCAL_OCTETS = 64;

const octets = (text: string) => new TextEncoder().encode(text).length;

export function parseEmailAddress(input: string | null | undefined): AddressResult {
  const text = (input ?? '').trim();
  if (!text) return { ok: false, problem: 'missing' };
  // Measure before running any pattern: a megabyte of "a" is refused by length alone.
  if (text.length > MAX_ADDRESS_OCTETS || octets(text) > MAX_ADDRESS_OCTETS) return { ok: false, problem: 'too-long' };
  if (FORBIDDEN.test(text)) return { ok: false, problem: 'invalid' };
  // The last @ separates the domain: a quoted local part may itself contain @.
  const at = text.lastIndexOf('@');
  if (at <= 0) return { ok: false, problem: 'invalid' };
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  if (octets(local) > MAX_LOCAL_OCTETS) return { ok: false, problem: 'too-long' };
  if (!(DOT_ATOM.test(local) || QUOTED.test(local))) return { ok: false, problem: 'invalid' };
  if (!DOMAIN.test(domain)) return { ok: false, problem: 'invalid' };
  return { ok: true, value: { local, domain, address: `${local}@${domain}` } };
}

/** Whether the provider hosts mail for this domain (case-insensitive, exact: no subdomains). */
export function isProviderDomain(provider: Provider, domain: string): boolean {
  const wanted = domain.toLowerCase();
  return provider.domains.some((d) => d.toLowerCase() === wanted);
}

/** "example.com" / "example.com or example.net" / "a.com, b.com or c.com", for messages. */
export function describeDomains(provider: Provider): string {
  const domains = provider.domains.map((d) => d.toLowerCase());
  if (domains.length <= 1) return domains[0] ?? '';
  return `${domains.slice(0, -1).join(', ')} or ${domains[domains.length - 1]}`;
}
