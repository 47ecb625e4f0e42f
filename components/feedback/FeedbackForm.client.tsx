'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  COMMENT_MAX_LENGTH,
  FEEDBACK_QUERY_PARAM,
  FEEDBACK_QUERY_THANKS,
  FEEDBACK_THANKS_ID,
  helpfulCountText,
  isFeedbackCounts,
  type FeedbackCounts,
  type Vote,
} from '@/lib/feedback/shared';
import { feedbackApiHref } from '@/lib/routes';
import { useBrowserValue, useHydrated } from '../use-hydrated';

/**
 * "Was this helpful?" — rendered on the server as a plain form that posts to /api/feedback, so it
 * works before and without JavaScript (the API answers 303 back to `?feedback=thanks#feedback-thanks`
 * and CSS `:target` shows the thank-you on the static page). Once hydrated, the same form sends
 * JSON without a reload, moves focus to the thank-you and announces it, and counts the comment.
 * "No" is a <details> disclosure: the comment box opens with or without JavaScript, and the vote
 * and its optional comment travel in one request.
 */

type Status =
  | { kind: 'idle' }
  | { kind: 'sending'; vote: Vote }
  | { kind: 'thanks' }
  | { kind: 'error'; message: string };

const thankedInUrl = () => new URLSearchParams(window.location.search).get(FEEDBACK_QUERY_PARAM) === FEEDBACK_QUERY_THANKS;

const COUNTDOWN_NOTICES = [100, 50, 0];

const buttonBase =
  'inline-flex min-h-11 items-center justify-center rounded-md px-4 font-medium disabled:cursor-wait disabled:opacity-70';
const answerButton = `${buttonBase} w-24 cursor-pointer border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800`;
const primaryButton = `${buttonBase} bg-brand-700 text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200`;

function errorMessage(response: Response, body: unknown): string {
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    const wait = Number.isFinite(seconds) && seconds > 0 ? `in ${seconds} second${seconds === 1 ? '' : 's'}` : 'in a minute';
    return `You have sent a lot of feedback in the last minute. Please try again ${wait}.`;
  }
  if (response.status >= 500) return 'Your feedback could not be saved just now. Please try again in a minute.';
  const detail = typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string' ? (body as { error: string }).error : null;
  return detail ? `Your feedback was not accepted: ${detail}.` : 'Your feedback was not accepted. Please reload the page and try again.';
}

export function FeedbackForm({ page, labelledBy }: { page: string; labelledBy: string }) {
  const hydrated = useHydrated();
  const thankedByRedirect = useBrowserValue(thankedInUrl, false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [counts, setCounts] = useState<FeedbackCounts | null>(null);
  const [commentLength, setCommentLength] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const thanksRef = useRef<HTMLDivElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const voted = useRef(false);
  const id = useId();
  const commentId = `${id}-comment`;
  const hintId = `${id}-comment-hint`;

  // Counts are fetched fresh on every visit: the page itself is static HTML from the build.
  useEffect(() => {
    const controller = new AbortController();
    fetch(feedbackApiHref(page), { headers: { accept: 'application/json' }, cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        // A vote sent meanwhile already brought newer counts.
        if (isFeedbackCounts(body) && body.page === page && !voted.current) setCounts(body);
      })
      .catch(() => {
        // The count is a courtesy; without it the widget works the same.
      });
    return () => controller.abort();
  }, [page]);

  useEffect(() => {
    if (status.kind === 'thanks') thanksRef.current?.focus();
    if (status.kind === 'error') errorRef.current?.focus();
  }, [status]);

  const thanked = status.kind === 'thanks' || thankedByRedirect;
  const sending = status.kind === 'sending';
  const countText = counts ? helpfulCountText(counts.yes) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const vote = submitter instanceof HTMLButtonElement ? submitter.value : null;
    if (vote !== 'yes' && vote !== 'no') return;
    const comment = commentRef.current?.value.trim() ?? '';
    setStatus({ kind: 'sending', vote });
    setAnnouncement('');
    try {
      const response = await fetch(event.currentTarget.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(comment ? { page, vote, comment } : { page, vote }),
      });
      const body: unknown = await response.json().catch(() => null);
      if (response.status !== 201) {
        setStatus({ kind: 'error', message: errorMessage(response, body) });
        return;
      }
      voted.current = true;
      if (isFeedbackCounts(body)) setCounts(body);
      setStatus({ kind: 'thanks' });
      setAnnouncement('Thank you for your feedback.');
    } catch {
      setStatus({ kind: 'error', message: 'Your feedback could not be sent. Check your connection and try again.' });
    }
  }

  function onCommentInput(length: number) {
    const remaining = COMMENT_MAX_LENGTH - length;
    const previous = COMMENT_MAX_LENGTH - commentLength;
    setCommentLength(length);
    // Speak the counter only when it crosses a mark; every keystroke would drown out the typing.
    const mark = COUNTDOWN_NOTICES.find((notice) => remaining <= notice && previous > notice);
    if (mark !== undefined) setAnnouncement(remaining === 0 ? 'No characters left.' : `${remaining} characters left.`);
  }

  return (
    <div className="group/feedback">
      <form
        method="post"
        action={feedbackApiHref()}
        onSubmit={submit}
        hidden={thanked}
        aria-busy={sending}
        // Without JavaScript the redirect's #feedback-thanks fragment hides the form and shows the thank-you.
        className="mt-3 group-has-[#feedback-thanks:target]/feedback:hidden"
      >
        <input type="hidden" name="page" value={page} />
        <div role="group" aria-labelledby={labelledBy} className="flex flex-wrap items-start gap-3">
          <button type="submit" name="vote" value="yes" disabled={sending} className={answerButton}>
            Yes
          </button>
          <details
            className="group/no min-w-0 flex-1"
            onToggle={(event) => {
              if (event.currentTarget.open) commentRef.current?.focus();
            }}
          >
            <summary
              className={`${answerButton} list-none select-none group-open/no:border-brand-700 group-open/no:bg-brand-50 dark:group-open/no:border-brand-300 dark:group-open/no:bg-slate-800 [&::-webkit-details-marker]:hidden`}
            >
              No
            </summary>
            {/* Full width under both buttons: pull back by the Yes button and the gap (w-24 + gap-3). */}
            <div className="mt-4 -ml-27 w-[calc(100%+6.75rem)]">
              <label htmlFor={commentId} className="block font-medium">
                What were you looking for? <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
              </label>
              <textarea
                ref={commentRef}
                id={commentId}
                name="comment"
                rows={4}
                maxLength={COMMENT_MAX_LENGTH}
                aria-describedby={hintId}
                onInput={(event) => onCommentInput(event.currentTarget.value.length)}
                className="mt-2 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
              />
              <p id={hintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {hydrated
                  ? `${(COMMENT_MAX_LENGTH - commentLength).toLocaleString('en-US')} of ${COMMENT_MAX_LENGTH.toLocaleString('en-US')} characters left.`
                  : `Up to ${COMMENT_MAX_LENGTH.toLocaleString('en-US')} characters.`}{' '}
                Please do not include passwords or other private details.
              </p>
              <button type="submit" name="vote" value="no" disabled={sending} className={`${primaryButton} mt-3`}>
                Send feedback
              </button>
            </div>
          </details>
        </div>
        {status.kind === 'error' ? (
          <p
            ref={errorRef}
            tabIndex={-1}
            role="alert"
            className="mt-3 rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
          >
            {status.message}
          </p>
        ) : null}
      </form>
      <div
        ref={thanksRef}
        id={FEEDBACK_THANKS_ID}
        tabIndex={-1}
        className={`mt-3 scroll-mt-24 rounded-md bg-green-50 px-3 py-2 text-green-900 dark:bg-green-950 dark:text-green-100 ${thanked ? 'block' : 'hidden target:block'}`}
      >
        <p className="font-semibold">Thank you for your feedback.</p>
        <p>It helps us improve this page.</p>
      </div>
      <p className="mt-3 min-h-6 text-sm text-slate-700 dark:text-slate-300" data-testid="feedback-count">
        {countText}
      </p>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
