import { FeedbackForm } from './FeedbackForm.client';

/**
 * "Was this helpful?" at the end of a page. `page` is the page's own path from lib/routes
 * (articleHref, setupHref): the API only counts votes for published pages.
 */
export function Feedback({ page }: { page: string }) {
  return (
    <section
      id="feedback"
      aria-labelledby="feedback-title"
      className="no-print mt-10 scroll-mt-20 rounded-lg border border-slate-200 p-5 dark:border-slate-800"
    >
      <h2 id="feedback-title" className="text-lg font-semibold">
        Was this helpful?
      </h2>
      {/* Keyed by page: after a client-side navigation the next page starts unanswered. */}
      <FeedbackForm key={page} page={page} labelledBy="feedback-title" />
    </section>
  );
}
