import { z } from 'zod';
import { COMMENT_MAX_LENGTH, VOTES, type Vote } from './shared';

export interface ValidVote {
  page: string;
  vote: Vote;
  /** Trimmed, line breaks as \n; null when the reader left it empty. */
  comment: string | null;
}

export type VoteParseResult =
  | { ok: true; value: ValidVote }
  | {
      ok: false;
      /** Every problem, one sentence each, safe to show as text (input is quoted with JSON escaping). */
      message: string;
      /** The page named by the request when it is a real one, so an error page can link back to it. */
      page: string | null;
    };

const MAX_PAGE_LENGTH = 300;
const MAX_ECHO = 80;

/** Quote reader input inside a message: escaped, cut short, never markup-bearing once rendered as text. */
function quote(value: string): string {
  return JSON.stringify(value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value);
}

const typeMessage = (field: string, example: string) => (issue: { input: unknown }) =>
  issue.input === undefined
    ? `${field}: required, e.g. ${example}`
    : Array.isArray(issue.input)
      ? `${field}: expected one text value, got a list (was the field sent more than once?)`
      : `${field}: expected text, e.g. ${example}`;

/**
 * Form posts send a textarea's line breaks as CRLF while the browser's maxlength counted them as
 * one character each (https://html.spec.whatwg.org/#the-textarea-element); normalise first so a
 * comment the page accepted is never refused for its length. Control characters other than tab
 * and line feed carry no meaning in a comment, and SQLite's length() stops at NUL, so they go.
 */
export function normalizeComment(value: string): string | null {
  const text = value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .trim();
  return text === '' ? null : text;
}

function voteSchema(pages: ReadonlySet<string>) {
  return z.object({
    page: z
      .string({ error: typeMessage('page', 'page=/articles/webmail') })
      .max(MAX_PAGE_LENGTH, { error: `page: expected the path of a page (at most ${MAX_PAGE_LENGTH} characters)` })
      .refine((page) => page.length > MAX_PAGE_LENGTH || pages.has(page), {
        error: (issue) =>
          `page: ${quote(String(issue.input))} is not a published article or setup guide; send the page's path, e.g. /articles/webmail or /setup/thunderbird/imap`,
      }),
    vote: z.enum(VOTES, {
      error: (issue) =>
        issue.input === undefined
          ? 'vote: required, "yes" or "no"'
          : `vote: expected "yes" or "no"${typeof issue.input === 'string' ? `; got ${quote(issue.input)}` : ''}`,
    }),
    comment: z
      .string({ error: typeMessage('comment', 'comment=I was looking for the SMTP port') })
      .nullish()
      .transform((value) => (value == null ? null : normalizeComment(value)))
      .refine((value) => value === null || value.length <= COMMENT_MAX_LENGTH, {
        error: (issue) =>
          `comment: at most ${COMMENT_MAX_LENGTH.toLocaleString('en-US')} characters; this one has ${String(issue.input).length.toLocaleString('en-US')}`,
      }),
  });
}

/** Form fields as an object; a field sent twice becomes an array so validation can say so. */
export function formFields(params: URLSearchParams): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    fields[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return fields;
}

/** Validate a vote from a parsed JSON body or form fields against the published pages. */
export function parseVote(input: unknown, pages: ReadonlySet<string>): VoteParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: 'expected an object with "page", "vote" and optionally "comment"', page: null };
  }
  const result = voteSchema(pages).safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const page = (input as Record<string, unknown>).page;
  return {
    ok: false,
    message: result.error.issues.map((issue) => issue.message).join('; '),
    page: typeof page === 'string' && pages.has(page) ? page : null,
  };
}

/** Validate the `page` of GET /api/feedback?page=… */
export function parsePageParam(params: URLSearchParams, pages: ReadonlySet<string>): { ok: true; page: string } | { ok: false; message: string } {
  const values = params.getAll('page');
  if (values.length === 0) return { ok: false, message: 'page: required, e.g. /api/feedback?page=/articles/webmail' };
  if (values.length > 1) return { ok: false, message: 'page: given more than once; send it once' };
  const page = values[0] as string;
  if (page.length > MAX_PAGE_LENGTH || !pages.has(page)) {
    return {
      ok: false,
      message: `page: ${quote(page)} is not a published article or setup guide; send the page's path, e.g. /articles/webmail`,
    };
  }
  return { ok: true, page };
}
