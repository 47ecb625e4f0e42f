import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Provider, Security } from '../provider/schema';
import type { EmailAddress } from './address';
import { loginName } from './servers';
import { el, renderXmlDocument } from './xml';

/**
 * Outlook's "plain old XML" Autodiscover (POX): the request and response documents described in
 * https://learn.microsoft.com/exchange/client-developer/web-service-reference/pox-autodiscover-web-service-reference-for-exchange
 * and [MS-OXDSCLI]. Outlook POSTs a small request naming the address; we answer with the IMAP,
 * POP3 and SMTP settings, or with an Autodiscover error document.
 */

export const AUTODISCOVER_CONTENT_TYPE = 'text/xml; charset=utf-8';
export const RESPONSE_NS = 'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006';
export const OUTLOOK_RESPONSE_NS = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a';
export const OUTLOOK_REQUEST_NS = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006';

/**
 * Outlook's request is a few hundred bytes. Anything much larger is not a mail app: refuse it
 * before reading further, so a large upload cannot tie up the server.
 */
export const AUTODISCOVER_BODY_LIMIT = 8 * 1024;

/* ---------------------------------- request ---------------------------------- */

export type RequestProblem =
  /** A DOCTYPE or any other markup declaration: the door to entity expansion and external entities. */
  | 'doctype'
  /** An entity reference other than the five predefined ones and character references. */
  | 'entity'
  /** Not well-formed XML, or not an Autodiscover request. */
  | 'malformed'
  | 'missing-address'
  /** The client asked for a response schema we do not serve (e.g. Exchange ActiveSync's). */
  | 'unsupported-schema';

export type ParsedRequest =
  | { ok: true; emailAddress: string; acceptableResponseSchema: string | null }
  | { ok: false; problem: RequestProblem };

/** `<!` followed by anything but a comment or CDATA opener is a markup declaration (DOCTYPE, ENTITY, …). */
const DECLARATION = /<!(?!--|\[CDATA\[)/;
const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/g;
const ENTITY_REFERENCE = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/;

const parser = new XMLParser({
  ignoreAttributes: true,
  // Outlook writes the default namespace; other clients may use a prefix (a:EMailAddress).
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
  // Only reached once DOCTYPE and named entities are rejected: this decodes &amp; and &#60; alone.
  processEntities: true,
  htmlEntities: true,
});

function single(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return null; // repeated or structured where text was expected
}

/**
 * Parse an Autodiscover request body. The checks run in this order on purpose: declarations and
 * entities are refused by a text scan before any parser sees the document, so no parser setting or
 * bug can ever resolve an external entity or expand a "billion laughs".
 */
export function parseAutodiscoverRequest(body: string): ParsedRequest {
  const text = body.replace(/^\uFEFF/, '');
  if (DECLARATION.test(text)) return { ok: false, problem: 'doctype' };
  if (ENTITY_REFERENCE.test(text.replace(CDATA, ''))) return { ok: false, problem: 'entity' };
  if (!text.trim() || XMLValidator.validate(text) !== true) return { ok: false, problem: 'malformed' };
  let document: unknown;
  try {
    document = parser.parse(text);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const root = (document as Record<string, unknown>)?.Autodiscover;
  const request = root && typeof root === 'object' ? (root as Record<string, unknown>).Request : undefined;
  if (!request || typeof request !== 'object' || Array.isArray(request)) return { ok: false, problem: 'malformed' };
  const fields = request as Record<string, unknown>;
  const email = single(fields.EMailAddress);
  const schema = single(fields.AcceptableResponseSchema);
  if (email === null || schema === null) return { ok: false, problem: 'malformed' };
  if (!email) return { ok: false, problem: 'missing-address' };
  // Outlook always names the schema; a request that leaves it out is answered with Outlook's.
  if (schema && schema !== OUTLOOK_RESPONSE_NS) return { ok: false, problem: 'unsupported-schema' };
  return { ok: true, emailAddress: email, acceptableResponseSchema: schema ?? null };
}

/* ---------------------------------- response ---------------------------------- */

/**
 * Outlook's `Encryption` element ([MS-OXDSCLI], Protocol element) overrides `SSL` and tells implicit
 * TLS ("SSL") from STARTTLS ("TLS"). `SSL` stays "on" for older clients: both kinds encrypt.
 */
const ENCRYPTION: Record<Security, string> = { ssl: 'SSL', starttls: 'TLS' };

function protocol(type: 'IMAP' | 'POP3' | 'SMTP', server: Provider['imap'], address: EmailAddress) {
  return el('Protocol', [
    el('Type', type),
    el('Server', server.host),
    el('Port', server.port),
    el('DomainRequired', 'off'),
    el('LoginName', loginName(server.username, address)),
    // Left out, SPA means "on" (Windows NTLM sign-in), which our servers do not speak.
    el('SPA', 'off'),
    el('SSL', 'on'),
    el('Encryption', ENCRYPTION[server.security]),
    el('AuthRequired', 'on'),
  ]);
}

/** The settings response for one address, which the caller has checked belongs to the provider. */
export function autodiscoverResponseXml(provider: Provider, address: EmailAddress): string {
  const root = el('Autodiscover', { xmlns: RESPONSE_NS }, [
    el('Response', { xmlns: OUTLOOK_RESPONSE_NS }, [
      el('Account', [
        el('AccountType', 'email'),
        el('Action', 'settings'),
        protocol('IMAP', provider.imap, address),
        protocol('POP3', provider.pop3, address),
        protocol('SMTP', provider.smtp, address),
      ]),
    ]),
  ]);
  return renderXmlDocument(root);
}

/* ---------------------------------- errors ---------------------------------- */

/** Autodiscover error codes: 600 invalid request, 601 no provider for the requested schema. */
export type AutodiscoverErrorCode = 600 | 601;

export interface AutodiscoverError {
  status: 400 | 404 | 405 | 413;
  code: AutodiscoverErrorCode;
  /** Shown to whoever reads the document: it explains, and never contains the request's text. */
  message: string;
}

/** `Time` as Exchange writes it: hh:mm:ss.fffffff (UTC). */
function exchangeTime(now: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())}.${pad(now.getUTCMilliseconds(), 3)}0000`;
}

/** `Id` is "a hash of the server's name"; ours hashes the provider's name, so it is stable. */
function serverId(provider: Provider): string {
  return String(createHash('sha1').update(provider.name).digest().readUInt32BE(0));
}

export function autodiscoverErrorXml(provider: Provider, error: Pick<AutodiscoverError, 'code' | 'message'>, now: Date): string {
  const root = el('Autodiscover', { xmlns: RESPONSE_NS }, [
    el('Response', [
      el('Error', { Time: exchangeTime(now), Id: serverId(provider) }, [
        el('ErrorCode', error.code),
        el('Message', error.message),
        el('DebugData'),
      ]),
    ]),
  ]);
  return renderXmlDocument(root);
}
