'use client';

import { useState } from 'react';

/**
 * Copies an absolute URL for support agents to paste into tickets. `path` is site-relative;
 * the origin is the configured site URL when given, else the page's own origin.
 */
export function CopyLinkButton({ path, origin, label = 'Copy link', className = '' }: { path?: string; origin?: string; label?: string; className?: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    const url = new URL(path ?? `${window.location.pathname}${window.location.search}`, origin ?? window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): show the URL instead.
      window.prompt('Copy this link:', url);
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 4000);
  };

  return (
    <>
      <button
        type="button"
        onClick={copy}
        className={`inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800 ${className}`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
          <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
        </svg>
        {status === 'copied' ? 'Link copied' : label}
      </button>
      <span role="status" className="sr-only">
        {status === 'copied' ? 'Link copied to the clipboard' : ''}
      </span>
    </>
  );
}
