import Link from 'next/link';
import { siteUrl } from '@/lib/config';
import { ThemeToggle } from './ThemeToggle.client';
import { SearchForm } from './SearchForm';
import { SearchDialog } from './search/SearchDialog.client';
import { advisorHref, homeHref, homeSectionHref } from '@/lib/routes';

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 bg-white/95 dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3">
        <Link href={homeHref()} className="flex min-h-11 items-center gap-2 text-lg font-bold text-slate-900 no-underline dark:text-white">
          <span aria-hidden="true" className="inline-flex size-8 items-center justify-center rounded-md bg-brand-700 text-white dark:bg-brand-300 dark:text-slate-950">
            ✉
          </span>
          Mailguide
        </Link>
        <nav aria-label="Main" className="order-3 flex w-full gap-1 text-sm sm:order-none sm:w-auto">
          <Link href={homeSectionHref('topics')} className="inline-flex min-h-11 items-center rounded-md px-3 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
            Help topics
          </Link>
          <Link href={advisorHref()} className="inline-flex min-h-11 items-center rounded-md px-3 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
            POP3 or IMAP?
          </Link>
        </nav>
        <div className="order-4 w-full sm:order-none sm:ml-auto sm:w-72">
          <SearchForm id="header-search" />
        </div>
        <div className="ml-auto sm:ml-0">
          <ThemeToggle />
        </div>
      </div>
      {/* Closed until Ctrl/Cmd+K, "/" or the search field opens it; its search code loads on first use. */}
      <SearchDialog siteUrl={siteUrl()} />
    </header>
  );
}
