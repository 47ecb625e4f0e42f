'use client';

import { useEffect, useState } from 'react';
import { copyText } from './copy';
import { useHydrated } from '../use-hydrated';

/**
 * "Copy link" for support agents on the /search page. Rendered only once JavaScript runs, so
 * readers without it never see a button that does nothing (they can copy the link itself).
 */
export function CopyLinkButton({ url, label }: { url: string; label: string }) {
  const hydrated = useHydrated();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  if (!hydrated) return null;
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={async () => setState((await copyText(url)) ? 'copied' : 'failed')}
        className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        Copy link<span className="sr-only"> to {label}</span>
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? `Could not copy; the link is ${url}` : ''}
      </span>
    </span>
  );
}
