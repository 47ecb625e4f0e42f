import type { ReactNode } from 'react';

const STYLES = {
  note: { label: 'Note', box: 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40', icon: 'ℹ' },
  tip: { label: 'Tip', box: 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40', icon: '✓' },
  warning: { label: 'Warning', box: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40', icon: '!' },
} as const;

export function Callout({ type = 'note', title, children }: { type?: keyof typeof STYLES; title?: string; children?: ReactNode }) {
  const style = STYLES[type] ?? STYLES.note;
  return (
    <aside className={`not-prose my-6 rounded-r-lg border-l-4 px-4 py-3 text-slate-800 dark:text-slate-100 ${style.box}`} aria-label={title ?? style.label}>
      <p className="mb-1 flex items-center gap-2 font-semibold">
        <span aria-hidden="true" className="inline-flex size-5 items-center justify-center rounded-full border border-current text-xs">
          {style.icon}
        </span>
        {title ?? style.label}
      </p>
      <div className="prose prose-slate max-w-none dark:prose-invert prose-p:my-2">{children}</div>
    </aside>
  );
}
