/**
 * What the feedback widget (browser) and the feedback API (server) agree on. Kept free of
 * server-only imports so a client component can import it without pulling in SQLite.
 */

export const VOTES = ['yes', 'no'] as const;
export type Vote = (typeof VOTES)[number];

/** Counted in UTF-16 code units, like the textarea's maxlength, so the browser and the API agree. */
export const COMMENT_MAX_LENGTH = 1000;

/** Element id of the thank-you message; the no-JavaScript redirect lands on it as the URL fragment. */
export const FEEDBACK_THANKS_ID = 'feedback-thanks';
/** Query parameter the no-JavaScript redirect adds, so the enhanced widget also knows a vote was sent. */
export const FEEDBACK_QUERY_PARAM = 'feedback';
export const FEEDBACK_QUERY_THANKS = 'thanks';

/** GET /api/feedback and the 201 answer to a vote. */
export interface FeedbackCounts {
  page: string;
  yes: number;
  no: number;
}

/** Every 4xx/5xx JSON answer. */
export interface FeedbackErrorBody {
  error: string;
}

export function isFeedbackCounts(value: unknown): value is FeedbackCounts {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.page === 'string' && Number.isInteger(v.yes) && Number.isInteger(v.no);
}

/** "1 person found this helpful" / "25 people found this helpful"; null until someone has. */
export function helpfulCountText(yes: number): string | null {
  if (!Number.isInteger(yes) || yes < 1) return null;
  return `${yes.toLocaleString('en-US')} ${yes === 1 ? 'person' : 'people'} found this helpful`;
}
