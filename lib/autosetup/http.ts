import type { Provider } from '../provider/schema';
import { readLimitedText } from '../http/body';
import { homeHref, profileHref, setupHref } from '../routes';
import { describeDomains, isProviderDomain, parseEmailAddress, type AddressProblem, type EmailAddress } from './address';
import { AUTOCONFIG_CONTENT_TYPE, clientConfigXml } from './autoconfig';
import {
  AUTODISCOVER_BODY_LIMIT,
  AUTODISCOVER_CONTENT_TYPE,
  autodiscoverErrorXml,
  autodiscoverResponseXml,
  parseAutodiscoverRequest,
  type AutodiscoverError,
  type RequestProblem,
} from './autodiscover';
import { MOBILECONFIG_CONTENT_TYPE, mobileconfigXml, profileFileName } from './mobileconfig';
import { renderProblemPage, type ProblemPage } from './page';
import { type Protocol } from '../protocol';

/**
 * The HTTP side of automatic setup: web-standard Request in, Response out, with the provider
 * settings passed in. The route handlers in app/ only load the content and call these, so every
 * status code and header is tested here without a server. No answer ever repeats what the client
 * sent, except the address inside a document that was built for it (escaped).
 */

const NOSNIFF = { 'X-Content-Type-Options': 'nosniff' } as const;

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(`${body}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...NOSNIFF, ...headers } });
}

const ADDRESS_PROBLEM_TEXT: Record<AddressProblem, string> = {
  missing: 'No email address was given.',
  'too-long': 'The email address is longer than an address can be (at most 254 characters, 64 before the @).',
  invalid: 'That is not a complete email address; it should look like name@domain.',
};

/* --------------------------- Thunderbird autoconfig --------------------------- */

/**
 * GET /.well-known/autoconfig/mail/config-v1.1.xml and /mail/config-v1.1.xml, with an optional
 * `emailaddress`. Any address of a provider domain gets the same document (the draft requires an
 * answer for any address, existing or not); another domain gets 404 so the app looks elsewhere.
 */
export function autoconfigResponse(request: Request, provider: Provider): Response {
  const values = new URL(request.url).searchParams.getAll('emailaddress');
  if (values.length > 1) return text(400, 'Send one emailaddress parameter, not several.');
  const given = values[0]?.trim();
  if (given) {
    const parsed = parseEmailAddress(given);
    if (!parsed.ok) return text(400, ADDRESS_PROBLEM_TEXT[parsed.problem]);
    if (!isProviderDomain(provider, parsed.value.domain)) {
      return text(404, `This service has settings only for addresses at ${describeDomains(provider)}.`);
    }
  }
  return new Response(clientConfigXml(provider), {
    status: 200,
    headers: {
      'Content-Type': AUTOCONFIG_CONTENT_TYPE,
      // The same for every address; an hour keeps a settings change from lingering long.
      'Cache-Control': 'public, max-age=3600',
      ...NOSNIFF,
    },
  });
}

/* ----------------------------- Outlook Autodiscover ----------------------------- */

type BodyResult = { ok: true; text: string } | { ok: false; error: AutodiscoverError };

const TOO_LARGE: AutodiscoverError = {
  status: 413,
  code: 600,
  message: `The request is too large. An Autodiscover request is a short XML document of at most ${AUTODISCOVER_BODY_LIMIT} bytes.`,
};

/** The body as text, at most `limit` bytes (lib/http/body.ts), with Autodiscover error documents. */
async function readLimitedBody(request: Request, limit: number): Promise<BodyResult> {
  const body = await readLimitedText(request, limit);
  if (body.ok) return body;
  switch (body.reason) {
    case 'too-large':
      return { ok: false, error: TOO_LARGE };
    case 'bad-length':
      return { ok: false, error: { status: 400, code: 600, message: 'The request has an invalid Content-Length.' } };
    case 'not-utf8':
      return { ok: false, error: { status: 400, code: 600, message: 'The request is not valid UTF-8 text.' } };
  }
}

const REQUEST_PROBLEM: Record<RequestProblem, AutodiscoverError> = {
  doctype: { status: 400, code: 600, message: 'The request contains a DOCTYPE or another markup declaration; Autodiscover requests never do, and this service does not accept them.' },
  entity: { status: 400, code: 600, message: 'The request uses an entity reference; only &amp; &lt; &gt; &quot; &apos; and character references are accepted.' },
  malformed: { status: 400, code: 600, message: 'The request is not an Autodiscover request: expected well-formed XML with Autodiscover, Request and one EMailAddress.' },
  'missing-address': { status: 400, code: 600, message: 'The request has no EMailAddress.' },
  'unsupported-schema': {
    status: 400,
    code: 601,
    message: 'This service only answers with the Outlook response schema http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a.',
  },
};

function autodiscoverError(provider: Provider, error: AutodiscoverError, now: Date, headers: Record<string, string> = {}): Response {
  return new Response(autodiscoverErrorXml(provider, error, now), {
    status: error.status,
    headers: { 'Content-Type': AUTODISCOVER_CONTENT_TYPE, 'Cache-Control': 'no-store', ...NOSNIFF, ...headers },
  });
}

/**
 * POST /autodiscover/autodiscover.xml (any capitalization). Every refusal is an Autodiscover error
 * document with a 4xx status, so Outlook moves on to manual setup instead of retrying.
 */
export async function autodiscoverResponse(request: Request, provider: Provider, now: Date = new Date()): Promise<Response> {
  if (request.method !== 'POST') {
    return autodiscoverError(provider, { status: 405, code: 600, message: 'Autodiscover requests are sent with POST.' }, now, { Allow: 'POST' });
  }
  const body = await readLimitedBody(request, AUTODISCOVER_BODY_LIMIT);
  if (!body.ok) return autodiscoverError(provider, body.error, now);
  const parsed = parseAutodiscoverRequest(body.text);
  if (!parsed.ok) return autodiscoverError(provider, REQUEST_PROBLEM[parsed.problem], now);
  const address = parseEmailAddress(parsed.emailAddress);
  if (!address.ok) return autodiscoverError(provider, { status: 400, code: 600, message: ADDRESS_PROBLEM_TEXT[address.problem] }, now);
  if (!isProviderDomain(provider, address.value.domain)) {
    return autodiscoverError(provider, { status: 404, code: 600, message: `This service has settings only for addresses at ${describeDomains(provider)}.` }, now);
  }
  return new Response(autodiscoverResponseXml(provider, address.value), {
    status: 200,
    // The answer names the address: never store it in a shared cache.
    headers: { 'Content-Type': AUTODISCOVER_CONTENT_TYPE, 'Cache-Control': 'no-store', ...NOSNIFF },
  });
}

/* -------------------------- Apple configuration profile -------------------------- */

/** What the profile route needs to know about a setup guide (a subset of its frontmatter). */
export interface ProfileClient {
  id: string;
  name: string;
  protocols: readonly Protocol[];
  autoSetup?: string;
}

function page(problem: ProblemPage): Response {
  return new Response(renderProblemPage(problem), {
    status: problem.status,
    // Its Content-Security-Policy (PROBLEM_PAGE_CSP, only this page's style block) is set by proxy.ts.
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...NOSNIFF },
  });
}

/** Clients whose guides offer a profile, with the protocols they support. */
export function profileClients(clients: readonly ProfileClient[]): ProfileClient[] {
  return clients.filter((client) => client.autoSetup === 'mobileconfig');
}

type ProfileProblem = AddressProblem | 'several' | 'other-domain';

function profileProblemMessage(problem: ProfileProblem, provider: Provider): string {
  switch (problem) {
    case 'missing':
      return 'Enter your email address, and we will make a profile with it filled in.';
    case 'several':
      return 'The link contained more than one address. Enter the one address you want to set up.';
    case 'too-long':
      return 'That address is longer than an email address can be. Check it and enter it again.';
    case 'invalid':
      return 'That does not look like a complete email address. Check it and enter it again: it looks like name@domain, with no spaces.';
    case 'other-domain':
      return `Profiles are only for mailboxes with us: addresses at ${describeDomains(provider)}. Check the part after the @ and enter your address again.`;
  }
}

/**
 * GET /setup/<client>/<imap|pop3>/profile.mobileconfig?email=<address>. Only guides whose
 * frontmatter says `autoSetup: mobileconfig`, and only for protocols the app supports; anything
 * else is a 404. A missing, malformed or foreign address is a 400 page that explains and offers
 * the form again.
 */
export function profileResponse(
  request: Request,
  params: { client: string; protocol: string },
  context: { provider: Provider; clients: readonly ProfileClient[] },
): Response {
  const { provider } = context;
  const offering = profileClients(context.clients);
  const client = offering.find((c) => c.id === params.client);
  const protocol = params.protocol === 'imap' || params.protocol === 'pop3' ? params.protocol : null;
  if (!client || !protocol || !client.protocols.includes(protocol)) {
    return page({
      status: 404,
      title: 'There is no setup profile here',
      message: 'Setup profiles are made for these mail apps. Pick yours to see the download form and the manual steps:',
      links: [
        ...offering.flatMap((c) => c.protocols.map((p) => ({ href: setupHref(c.id, p), label: `${c.name} with ${p === 'imap' ? 'IMAP' : 'POP3'}` }))),
        { href: homeHref(), label: 'Back to the help center' },
      ],
    });
  }

  const values = new URL(request.url).searchParams.getAll('email');
  let problem: ProfileProblem | null = null;
  let address: EmailAddress | null = null;
  if (values.length > 1) problem = 'several';
  else {
    const parsed = parseEmailAddress(values[0]);
    if (!parsed.ok) problem = parsed.problem;
    else if (!isProviderDomain(provider, parsed.value.domain)) problem = 'other-domain';
    else address = parsed.value;
  }
  if (problem || !address) {
    return page({
      status: 400,
      title: problem === 'missing' ? 'Which address should the profile set up?' : 'We could not make your setup profile',
      message: profileProblemMessage(problem ?? 'missing', provider),
      form: { action: profileHref(client.id, protocol), hint: `For addresses at ${describeDomains(provider)}, for example you@${provider.domains[0] ?? 'example.com'}.` },
      links: [
        { href: setupHref(client.id, protocol), label: `Set up ${client.name} by hand instead` },
        { href: homeHref(), label: 'Back to the help center' },
      ],
    });
  }

  const fileName = profileFileName(address, protocol);
  return new Response(mobileconfigXml(provider, address, protocol), {
    status: 200,
    headers: {
      'Content-Type': MOBILECONFIG_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      // The profile holds the visitor's address: keep it out of shared caches.
      'Cache-Control': 'no-store',
      ...NOSNIFF,
    },
  });
}
