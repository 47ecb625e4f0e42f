import { feedbackThanksHref, homeHref } from '../routes';
import { readLimitedText } from '../http/body';
import type { SlidingWindowLimiter } from './rate-limit';
import { formFields, parsePageParam, parseVote } from './schema';
import type { FeedbackCounts, FeedbackErrorBody } from './shared';
import type { NewVote, PageCounts } from './store';

/**
 * POST and GET /api/feedback on web-standard Request/Response, so the whole protocol is tested
 * without a server (test/feedback/http.test.ts); app/api/feedback/route.ts only supplies the deps.
 *
 * Every refusal is a 4xx with a sentence saying what to send instead: JSON for scripts and the
 * enhanced widget, a small HTML page for a browser that posted the form without JavaScript.
 */

/**
 * A vote is three short fields; 16 KiB leaves room for a 1,000-character comment even when every
 * character is percent-encoded 3-byte UTF-8 (9 bytes each), and stops anything bigger early.
 */
export const MAX_BODY_BYTES = 16 * 1024;

export interface FeedbackDeps {
  /** Resolves once the vote is committed to disk; the answer is sent only then. */
  recordVote(vote: NewVote): Promise<PageCounts>;
  readCounts(page: string): PageCounts;
  publishedPages(): Promise<ReadonlySet<string>>;
  /** null when the limit is switched off (FEEDBACK_RATE_LIMIT=0). */
  limiter: SlidingWindowLimiter | null;
  /** Public origin of the site (SITE_URL), accepted besides the origin the request was sent to. */
  siteOrigin?: string | null;
  now?: () => number;
  log?: (message: string, error: unknown) => void;
}

type Style = 'json' | 'html';

const NO_STORE = { 'cache-control': 'no-store' } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const TITLES: Record<number, string> = {
  400: 'We could not read that feedback',
  403: 'Feedback must be sent from this site',
  413: 'That feedback is too long',
  415: 'We could not read that feedback',
  429: 'Too much feedback at once',
  503: 'Feedback is unavailable for a moment',
};

/** The no-JavaScript form's error page: the status code, what went wrong and a way back. */
function htmlError(status: number, message: string, backTo: string | null, headers: Record<string, string>): Response {
  const title = TITLES[status] ?? 'We could not record your feedback';
  const back = backTo ?? homeHref();
  const body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Mailguide</title>
<style>body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:LinkText}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(back)}">${backTo ? 'Back to the page' : 'Go to the help center'}</a></p>
</main>
</body>
</html>
`;
  return new Response(body, { status, headers: { ...NO_STORE, ...headers, 'content-type': 'text/html; charset=utf-8' } });
}

function fail(style: Style, status: number, message: string, options: { page?: string | null; headers?: Record<string, string> } = {}): Response {
  const headers = options.headers ?? {};
  if (style === 'html') return htmlError(status, message, options.page ?? null, headers);
  const body: FeedbackErrorBody = { error: message };
  return new Response(markupSafeJson(body), { status, headers: { ...NO_STORE, ...headers, 'content-type': 'application/json' } });
}

/**
 * JSON whose bytes hold no `<`, `>` or `&`: error messages quote what the client sent (that is
 * what makes them useful), and an answer opened as a document by an old or misconfigured browser
 * must not turn that into markup. Parsed, the text is unchanged (they are \u escapes).
 */
export function markupSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Answer a browser form post (or a client that asks for HTML) with HTML, everything else with JSON. */
function responseStyle(request: Request): Style {
  if (mediaType(request) === 'application/x-www-form-urlencoded') return 'html';
  const accept = request.headers.get('accept') ?? '';
  return accept.includes('text/html') && !accept.includes('application/json') ? 'html' : 'json';
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Origins this request counts as "our own": the Host the browser sent it to, and SITE_URL.
 * Not request.url: Next.js builds that on "localhost" whatever the Host was.
 */
function ownOrigins(request: Request, siteOrigin: string | null | undefined): Set<string> {
  const origins = new Set<string>();
  if (siteOrigin) origins.add(siteOrigin);
  const requestUrl = new URL(request.url);
  // Behind a proxy (and in `next start`, which fills these in) the Host the browser used is here.
  // A cross-site page cannot set these headers: custom headers need a CORS preflight we never grant.
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host'))?.split(',')[0]?.trim();
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? requestUrl.protocol.replace(/:$/, '');
  const own = host ? originOf(`${proto}://${host}`) : requestUrl.origin;
  if (own) origins.add(own);
  return origins;
}

/**
 * Refuse cross-site posts (CSRF): browsers send Sec-Fetch-Site (https://w3c.github.io/webappsec-fetch-metadata/)
 * and Origin on every POST. A request with neither is not from a browser page (curl, the benchmark),
 * and such a client could forge any header anyway; it is left to the rate limit.
 */
export function crossSiteProblem(request: Request, siteOrigin?: string | null): string | null {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') {
    return `feedback is only accepted from this site's own pages (Sec-Fetch-Site: ${JSON.stringify(site.slice(0, 40))})`;
  }
  const origin = request.headers.get('origin');
  if (origin === null) return null;
  if (!ownOrigins(request, siteOrigin).has(origin)) {
    return `feedback is only accepted from this site's own pages (Origin: ${JSON.stringify(origin.slice(0, 100))})`;
  }
  return null;
}

/**
 * The client a vote is counted against: the last X-Forwarded-For address. `next start` fills the
 * header with the socket address when it is absent; a reverse proxy that appends to it (nginx
 * `$proxy_add_x_forwarded_for`) puts the address it saw last, which the client cannot choose.
 */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for');
  const last = forwarded?.split(',').pop()?.trim();
  return last || 'unknown';
}

type BodyResult = { ok: true; text: string } | { ok: false; status: 400 | 413; message: string };

const TOO_LARGE = `the body is larger than ${MAX_BODY_BYTES / 1024} KiB; a vote is a page, "yes" or "no" and a comment of at most 1,000 characters`;

/** The body as text, at most `limit` bytes (lib/http/body.ts), with the feedback API's messages. */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const body = await readLimitedText(request, limit);
  if (body.ok) return body;
  switch (body.reason) {
    case 'too-large':
      return { ok: false, status: 413, message: TOO_LARGE };
    case 'bad-length':
      return { ok: false, status: 400, message: 'the Content-Length header is not a number' };
    case 'not-utf8':
      return { ok: false, status: 400, message: 'the body is not valid UTF-8 text' };
  }
}

function isConstraintError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

function storeFailure(deps: FeedbackDeps, error: unknown): void {
  (deps.log ?? ((message, cause) => console.error(message, cause)))('feedback: the database refused a request', error);
}

export async function handleFeedbackPost(request: Request, deps: FeedbackDeps): Promise<Response> {
  let style = responseStyle(request);

  const crossSite = crossSiteProblem(request, deps.siteOrigin);
  if (crossSite) return fail(style, 403, crossSite);

  const type = mediaType(request);
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
    return fail(style, 415, `send the vote as application/json or application/x-www-form-urlencoded${type ? `, not ${type.slice(0, 60)}` : ''}`, {
      headers: { accept: 'application/json, application/x-www-form-urlencoded' },
    });
  }
  const isForm = type === 'application/x-www-form-urlencoded';
  if (isForm) style = 'html';

  const body = await readBody(request);
  if (!body.ok) return fail(style, body.status, body.message);

  let input: unknown;
  if (isForm) input = formFields(new URLSearchParams(body.text));
  else {
    try {
      input = JSON.parse(body.text);
    } catch {
      return fail(style, 400, 'the body is not valid JSON; send {"page": "/articles/…", "vote": "yes" or "no", "comment": "…"}');
    }
  }

  const pages = await deps.publishedPages();
  const parsed = parseVote(input, pages);
  if (!parsed.ok) return fail(style, 400, parsed.message, { page: parsed.page });
  const vote = parsed.value;

  if (deps.limiter) {
    const decision = deps.limiter.take(clientKey(request), deps.now?.());
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds;
      return fail(style, 429, `too many votes from your connection in the last minute; please try again in ${seconds} second${seconds === 1 ? '' : 's'}`, {
        page: vote.page,
        headers: { 'retry-after': String(seconds) },
      });
    }
  }

  let counts: FeedbackCounts;
  try {
    const saved = await deps.recordVote({ page: vote.page, vote: vote.vote, comment: vote.comment });
    counts = { page: saved.page, yes: saved.yes, no: saved.no };
  } catch (error) {
    // The schema's CHECKs repeat the validation above; if one still fires, the input was at fault.
    if (isConstraintError(error)) return fail(style, 400, 'this vote cannot be stored as sent; check the page, the vote and the comment', { page: vote.page });
    storeFailure(deps, error);
    return fail(style, 503, 'your vote could not be saved just now; please try again in a minute', {
      page: vote.page,
      headers: { 'retry-after': '30' },
    });
  }

  // Answer only now: the vote is committed (and fsynced), so the 2xx is a promise kept.
  if (isForm) return new Response(null, { status: 303, headers: { ...NO_STORE, location: feedbackThanksHref(vote.page) } });
  return Response.json(counts, { status: 201, headers: NO_STORE });
}

export async function handleFeedbackGet(request: Request, deps: FeedbackDeps): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const parsed = parsePageParam(params, await deps.publishedPages());
  if (!parsed.ok) return fail('json', 400, parsed.message);
  try {
    const counts: FeedbackCounts = deps.readCounts(parsed.page);
    return Response.json(counts, { headers: NO_STORE });
  } catch (error) {
    storeFailure(deps, error);
    return fail('json', 503, 'the counts are unavailable just now; please try again in a minute', { headers: { 'retry-after': '30' } });
  }
}
