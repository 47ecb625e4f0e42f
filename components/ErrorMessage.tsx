import Link from 'next/link';
import { SearchForm } from './SearchForm';
import { advisorHref, homeHref } from '@/lib/routes';

/**
 * What a reader sees when a page fails on our side: an apology, a way forward (try again, search,
 * the home page, the advisor) and a reference support can look up in the server log. Never the
 * error's message or stack: those can name files, settings or the reader's own input.
 * Used by app/error.tsx and app/global-error.tsx, so it must work in a client component.
 */
export function ErrorMessage({ digest, onRetry }: { digest?: string; onRetry?: () => void }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong on our side</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        This page could not be shown just now. It is not something you did. Try again in a moment, or search for what you need.
      </p>
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="mt-6 min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200"
        >
          Try again
        </button>
      ) : null}
      <div className="mt-6">
        <SearchForm id="error-search" large />
      </div>
      <p className="mt-8">
        <Link href={homeHref()} className="underline">Back to the help center</Link> ·{' '}
        <Link href={advisorHref()} className="underline">POP3 or IMAP? Ask the advisor</Link>
      </p>
      {digest ? (
        <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
          If you contact support, mention this reference: <code data-testid="error-reference">{digest}</code>
        </p>
      ) : null}
    </div>
  );
}
