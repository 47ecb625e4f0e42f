import type { Heading } from '@/lib/content';

/** On this page: the h2/h3 outline. A <details> on small screens, a sticky list on wide ones. */
export function TableOfContents({ headings, variant }: { headings: Heading[]; variant: 'inline' | 'sidebar' }) {
  if (headings.length < 2) return null;
  const list = (
    <ol className="space-y-1 text-sm">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : ''}>
          <a
            href={`#${heading.id}`}
            className="block py-1 text-slate-700 underline-offset-2 hover:text-brand-700 hover:underline dark:text-slate-300 dark:hover:text-brand-300"
          >
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  );
  if (variant === 'inline') {
    return (
      <details className="no-print mb-6 rounded-lg border border-slate-200 p-3 lg:hidden dark:border-slate-700">
        <summary className="min-h-11 cursor-pointer content-center font-semibold">On this page</summary>
        <nav aria-label="On this page" className="pt-2">{list}</nav>
      </details>
    );
  }
  return (
    <nav aria-labelledby="toc-heading" className="no-print sticky top-6 hidden max-h-[calc(100vh-3rem)] overflow-y-auto lg:block">
      <h2 id="toc-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        On this page
      </h2>
      {list}
    </nav>
  );
}
