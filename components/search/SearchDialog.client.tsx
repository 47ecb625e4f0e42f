'use client';

import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import { searchHref } from '@/lib/routes';
import { MAX_QUERY_LENGTH, type SearchHit, type SearchResponse } from '@/lib/search/types';
import { copyText } from './copy';
import { OPEN_SEARCH_EVENT, type OpenSearchDetail } from './events';
import { Highlighted } from './Highlighted';
import { loadSearch, type LoadedSearch } from './load-search';

/** Pages shown in the dialog (their extra sections come on top); the results page shows more. */
const DIALOG_RESULTS = 8;
/** Screen readers hear the count once typing pauses, not after every key. */
const ANNOUNCE_DELAY_MS = 350;

/** Text fields where "/" is typed, not a shortcut (the rule for Ctrl/Cmd+K is different: it types nothing). */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(target.type);
  return false;
}

function statusFor(response: SearchResponse | null, loading: boolean, failed: boolean): string {
  if (failed) return 'Search could not be loaded. Press Enter to search on the results page instead.';
  if (loading || !response) return 'Loading search…';
  if (response.problem === 'empty') return 'Type to search articles and setup guides.';
  if (response.problem === 'no-words') return 'Type a word or two, for example the name of your mail app.';
  if (response.problem === 'only-common-words') return 'Those words are too common to search for. Add the name of your mail app or what goes wrong.';
  if (response.total === 0) return `No results for “${response.query}”. Press Enter for suggestions.`;
  const shown = response.hits.filter((hit) => !hit.secondary).length;
  const pages = response.total === 1 ? '1 page matches' : `${response.total} pages match`;
  return shown < response.total ? `${pages}; showing the best ${shown}.` : `${pages}.`;
}

/**
 * The search dialog on every page: a WAI-ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/)
 * in a modal <dialog>. Opened by Ctrl/Cmd+K, by "/" (outside text fields) and by the header's search
 * field; the search code and index load on first use (load-search.ts). The first result is
 * selected as you type, so Enter opens it; Shift+Enter copies its link for pasting into a ticket.
 */
export function SearchDialog({ siteUrl }: { siteUrl: string }) {
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-results`;
  const helpId = `${id}-help`;
  const titleId = `${id}-title`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** Where focus returns on close: the field or button that opened the dialog. */
  const returnFocus = useRef<HTMLElement | null>(null);

  const [open, setOpen] = useState(false);
  /** Counts open requests: a request right after Esc, before the dialog's close event, must still open it. */
  const [openRequests, setOpenRequests] = useState(0);
  const [query, setQuery] = useState('');
  const [loaded, setLoaded] = useState<LoadedSearch | null>(null);
  const [failed, setFailed] = useState(false);
  const [selection, setSelection] = useState<{ response: SearchResponse | null; index: number }>({ response: null, index: 0 });
  const [announcement, setAnnouncement] = useState('');
  const [copyNote, setCopyNote] = useState('');

  const openDialog = useCallback((initial?: string) => {
    const dialog = dialogRef.current;
    if (!dialog?.open) returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (initial !== undefined) setQuery(initial.slice(0, MAX_QUERY_LENGTH));
    setOpen(true);
    setOpenRequests((count) => count + 1);
    if (dialog?.open) inputRef.current?.select();
  }, []);

  // Keyboard shortcuts and the header field's request, for the whole page.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const modifier = event.ctrlKey || event.metaKey;
      if (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        openDialog();
      } else if (event.key === '/' && !modifier && !event.altKey && !isTextEntry(event.target)) {
        event.preventDefault();
        openDialog();
      }
    };
    const onRequest = (event: Event) => openDialog((event as CustomEvent<OpenSearchDetail>).detail?.query ?? '');
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener(OPEN_SEARCH_EVENT, onRequest);
    // A marker for browser tests: before hydration, Ctrl/Cmd+K still belongs to the browser.
    dialogRef.current?.setAttribute('data-shortcuts', 'on');
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener(OPEN_SEARCH_EVENT, onRequest);
    };
  }, [openDialog]);

  // Show the native modal in the same task as the click or key press, so phones raise the keyboard.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const input = inputRef.current;
    if (!dialog || !input) return;
    if (open && !dialog.open) {
      dialog.showModal();
      input.focus();
      const end = input.value.length;
      input.setSelectionRange(end, end);
      document.documentElement.style.overflow = 'hidden';
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, openRequests]);

  // The native dialog closes itself on Esc; keep state in step and give focus back.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onClose = () => {
      // Reopened (Ctrl+K, "/") before this event arrived: it is open again, leave it so.
      if (dialog.open) return;
      setOpen(false);
      setCopyNote('');
      document.documentElement.style.overflow = '';
      const target = returnFocus.current;
      returnFocus.current = null;
      if (target?.isConnected) target.focus();
    };
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, []);

  useEffect(() => {
    if (!open || loaded) return;
    let current = true;
    loadSearch().then(
      (search) => {
        if (current) {
          setLoaded(search);
          setFailed(false);
        }
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [open, loaded]);

  const deferredQuery = useDeferredValue(query);
  const response = useMemo(
    () => (loaded ? loaded.engine.search(deferredQuery, { limit: DIALOG_RESULTS }) : null),
    [loaded, deferredQuery],
  );
  const hits = useMemo(() => response?.hits ?? [], [response]);
  // A new list selects its first result; arrow keys move from there.
  const active = hits.length === 0 ? -1 : selection.response === response ? Math.min(selection.index, hits.length - 1) : 0;
  const matched = useMemo(() => new Set(response?.matchedTerms ?? []), [response]);

  const status = statusFor(response, !loaded, failed);
  useEffect(() => {
    if (!open) return;
    const timer = window.setTimeout(() => setAnnouncement(status), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [status, open]);

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on `id`, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, response]);

  const go = (href: string) => {
    // Focus belongs to the page being opened, not to the field that opened the dialog.
    returnFocus.current = null;
    setOpen(false);
    router.push(href);
  };

  const copy = async (hit: SearchHit) => {
    const url = `${siteUrl}${hit.href}`;
    const ok = await copyText(url, dialogRef.current ?? undefined);
    setCopyNote(ok ? `Link copied: ${url}` : `Could not copy. The link is ${url}`);
  };

  const onInputKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSelection({ response, index: (active + step + hits.length) % hits.length });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // The list may still show an earlier query (rendering is deferred while typing fast):
      // Enter acts on what is typed now, whose first result would be selected.
      const stale = loaded !== null && deferredQuery !== query;
      const hit = stale ? loaded.engine.search(query, { limit: DIALOG_RESULTS }).hits[0] : active >= 0 ? hits[active] : undefined;
      if (hit && event.shiftKey) void copy(hit);
      else if (hit) go(hit.href);
      else if (query.trim()) go(searchHref(query.trim()));
    }
  };

  const highlight = (text: string) => (loaded ? loaded.highlight(text, matched) : [{ text, hit: false }]);
  const trimmed = query.trim();

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === dialogRef.current) setOpen(false);
      }}
      className="m-0 h-full max-h-none w-full max-w-none bg-transparent p-0 backdrop:bg-slate-950/60 sm:mx-auto sm:mt-[8vh] sm:h-fit sm:max-h-[84vh] sm:max-w-2xl"
    >
      <div className="flex h-full max-h-full flex-col overflow-hidden bg-white text-slate-900 shadow-2xl sm:max-h-[84vh] sm:rounded-xl dark:bg-slate-900 dark:text-slate-100">
        <h2 id={titleId} className="sr-only">
          Search the help center
        </h2>
        <div className="flex items-center gap-2 border-b border-slate-200 p-3 dark:border-slate-700">
          <label htmlFor={inputId} className="sr-only">
            Search articles and setup guides
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={active >= 0 ? optionId(active) : undefined}
            aria-autocomplete="list"
            aria-describedby={helpId}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            maxLength={MAX_QUERY_LENGTH}
            placeholder="Search, e.g. “outlook won’t send”"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setCopyNote('');
            }}
            onKeyDown={onInputKeyDown}
            className="min-h-12 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 text-lg text-slate-900 placeholder:text-slate-600 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
          />
          <button
            type="button"
            onClick={() => setOpen(false)}
            className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-md border border-slate-300 px-3 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            Close
          </button>
        </div>

        <p role="status" className="px-4 pt-3 text-sm text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">
          {copyNote || announcement}
        </p>

        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={trimmed ? `Results for ${trimmed}` : 'Results'}
          hidden={hits.length === 0}
          className="min-h-0 flex-1 overflow-y-auto px-2 py-2"
        >
          {hits.map((hit, index) => {
            const selected = index === active;
            const trail = hit.heading ? [...hit.crumbs, hit.title] : hit.crumbs;
            return (
              <li
                key={hit.href}
                id={optionId(index)}
                role="option"
                aria-selected={selected}
                onClick={() => go(hit.href)}
                onPointerMove={() => {
                  if (!selected) setSelection({ response, index });
                }}
                className={`group relative cursor-pointer rounded-lg border-2 px-3 py-2 ${hit.secondary ? 'ml-6' : 'mt-1'} ${
                  selected ? 'border-brand-600 bg-brand-50 dark:border-brand-300 dark:bg-slate-800' : 'border-transparent'
                }`}
              >
                <span className="block pr-24 text-xs text-slate-600 dark:text-slate-400">{trail.join(' › ')}</span>
                <span className="block pr-24 font-semibold text-brand-700 dark:text-brand-300">
                  <Highlighted parts={highlight(hit.heading ?? hit.title)} />
                </span>
                {hit.excerpt ? (
                  <span className="mt-0.5 line-clamp-2 block text-sm text-slate-700 dark:text-slate-300">
                    <Highlighted parts={highlight(hit.excerpt)} />
                  </span>
                ) : null}
                {/* For pointers; keyboard users press Shift+Enter (see the help line). Not a button:
                    an option may not contain another control. */}
                <span
                  aria-hidden="true"
                  onClick={(event) => {
                    event.stopPropagation();
                    void copy(hit);
                  }}
                  className="absolute right-2 top-2 inline-flex min-h-8 items-center rounded-md border border-slate-300 bg-white px-2 text-xs text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-700"
                >
                  Copy link
                </span>
              </li>
            );
          })}
        </ul>

        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-4 py-3 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
          <p id={helpId}>
            <span className="hidden sm:inline">↑ ↓ to choose, Enter to open, Shift+Enter to copy the link, Esc to close.</span>
            <span className="sm:hidden">Tap a result to open it.</span>
          </p>
          {trimmed ? (
            <a
              href={searchHref(trimmed)}
              onClick={(event) => {
                event.preventDefault();
                go(searchHref(trimmed));
              }}
              className="inline-flex min-h-11 min-w-0 items-center font-medium text-brand-700 underline underline-offset-2 [overflow-wrap:anywhere] dark:text-brand-300"
            >
              All results for “{trimmed}”
            </a>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}
