import { MAX_QUERY_LENGTH } from '@/lib/search/types';
import { SearchFieldTrigger } from './search/SearchFieldTrigger.client';
import { searchHref } from '@/lib/routes';

/**
 * A plain GET form to /search: works without JavaScript. With JavaScript, typing into the field
 * or clicking it opens the search dialog (components/search), unless `enhance` is false (the
 * results page's own form, which stays a form).
 */
export function SearchForm({
  id,
  defaultValue,
  large = false,
  enhance = true,
}: {
  id: string;
  defaultValue?: string;
  large?: boolean;
  enhance?: boolean;
}) {
  const field = (
    <input
      id={id}
      name="q"
      type="search"
      defaultValue={defaultValue}
      maxLength={MAX_QUERY_LENGTH}
      placeholder={large ? 'Search, e.g. “outlook won’t send”' : 'Search help'}
      autoComplete="off"
      aria-keyshortcuts={enhance ? 'Control+K Meta+K /' : undefined}
      className={`w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 text-slate-900 placeholder:text-slate-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${large ? 'min-h-12 text-lg' : 'min-h-11'}`}
    />
  );
  return (
    <form role="search" action={searchHref()} method="get" className="flex w-full gap-2" aria-label="Search the help center">
      <label htmlFor={id} className="sr-only">
        Search help articles
      </label>
      {enhance ? <SearchFieldTrigger>{field}</SearchFieldTrigger> : field}
      <button
        type="submit"
        className={`shrink-0 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200 ${large ? 'min-h-12' : 'min-h-11'}`}
      >
        Search
      </button>
    </form>
  );
}
