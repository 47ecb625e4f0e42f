'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

type Status = 'idle' | 'copied' | 'failed';

const ANNOUNCER_ID = 'copy-link-announcer';

/**
 * One polite live region for the whole page, outside every heading, so that "Link copied" is
 * spoken but never becomes part of a heading's text. It is created when the first copy control
 * hydrates: a live region must already be in the page when its text changes to be announced.
 */
function ensureAnnouncer(): HTMLElement {
  let region = document.getElementById(ANNOUNCER_ID);
  if (!region) {
    region = document.createElement('div');
    region.id = ANNOUNCER_ID;
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.className = 'sr-only';
    region.dataset.testid = 'copy-link-status';
    document.body.append(region);
  }
  return region;
}

function announce(message: string) {
  const region = ensureAnnouncer();
  // Empty first, then the text on the next frame: the same message twice in a row is spoken twice.
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}

/** Clipboard API first; the hidden-textarea fallback covers browsers that refuse it (plain http, old WebViews). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or no secure context: try the fallback below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/**
 * Copies an absolute link built from the configured SITE_URL (not from whatever host served the
 * page, so links pasted into tickets always point at the public site) and announces the result.
 *
 * Before hydration, and always without JavaScript, it is a plain link (`#id` for a section):
 * following it puts the address in the address bar, where it can be copied by hand.
 */
export function CopyLink({
  url,
  fragment,
  label,
  className,
  children,
  testId,
}: {
  /**
   * Absolute page URL without a fragment, e.g. https://help.example.com/articles/webmail, built on
   * the server from SITE_URL. When left out, the address the browser shows is used.
   */
  url?: string;
  /** Heading id to append as #fragment; leave out to copy the page's own address. */
  fragment?: string;
  /**
   * Accessible name for an icon-only control, e.g. `Copy link to section “Outgoing mail”`.
   * Leave out when `children` is the text itself (the visible text is then the name, WCAG 2.5.3).
   */
  label?: string;
  className?: string;
  /** What sighted readers see: an icon, or text such as "Copy link to this article". */
  children: ReactNode;
  testId?: string;
}) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<Status>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    ensureAnnouncer();
    return () => clearTimeout(timer.current);
  }, []);

  if (!hydrated) {
    return (
      <a
        href={fragment ? `#${fragment}` : (url ?? '')}
        className={className}
        aria-label={label?.replace(/^Copy link to/, 'Link to')}
        data-testid={testId}
      >
        {children}
      </a>
    );
  }

  const page = url ?? `${window.location.origin}${window.location.pathname}${window.location.search}`;
  const full = fragment ? `${page}#${encodeURIComponent(fragment)}` : page;

  const copy = async () => {
    const ok = await copyText(full);
    setStatus(ok ? 'copied' : 'failed');
    announce(ok ? 'Link copied' : `Could not copy the link. Its address is ${full}`);
    clearTimeout(timer.current);
    // Long enough to see the tick, short enough not to look stuck.
    timer.current = setTimeout(() => setStatus('idle'), 3000);
  };

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      className={className}
      data-testid={testId}
      data-copy-url={full}
      data-status={status}
    >
      {status === 'copied' && label ? <span aria-hidden="true">✓</span> : children}
      {/* Visual confirmation only: the page's live region speaks it. */}
      {status !== 'idle' && !label ? (
        <span
          aria-hidden="true"
          className={`ml-2 font-normal ${status === 'copied' ? 'text-emerald-800 dark:text-emerald-300' : 'text-amber-900 dark:text-amber-200'}`}
        >
          {status === 'copied' ? '✓ Copied' : 'Copying is blocked here'}
        </span>
      ) : null}
    </button>
  );
}
