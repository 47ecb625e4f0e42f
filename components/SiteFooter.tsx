import Link from 'next/link';
import type { Provider } from '@/lib/provider/schema';
import { advisorHref, homeHref, linkedArticleHref } from '@/lib/routes';

export function SiteFooter({ provider }: { provider: Provider }) {
  return (
    <footer className="no-print mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <div>
          <h2 className="mb-2 font-semibold text-slate-900 dark:text-white">Still stuck?</h2>
          <p>
            Write to <a className="underline" href={`mailto:${provider.support.email}`}>{provider.support.email}</a>
            {provider.support.phone ? (
              <>
                {' '}or call <a className="underline" href={`tel:${provider.support.phone.replace(/[^+\d]/g, '')}`}>{provider.support.phone}</a>
              </>
            ) : null}
            {provider.support.hours ? <> ({provider.support.hours})</> : null}.
          </p>
        </div>
        <nav aria-label="Footer">
          <h2 className="mb-2 font-semibold text-slate-900 dark:text-white">Help center</h2>
          <ul className="space-y-1">
            <li><Link className="underline" href={homeHref()}>All help topics</Link></li>
            <li><Link className="underline" href={advisorHref()}>POP3 or IMAP? Ask the advisor</Link></li>
            <li><Link className="underline" href={linkedArticleHref('serverSettings')}>Server settings</Link></li>
          </ul>
        </nav>
        <div>
          <h2 className="mb-2 font-semibold text-slate-900 dark:text-white">Webmail</h2>
          <p>
            Read your mail in any browser at <a className="underline" href={provider.webmailUrl}>{provider.webmailUrl.replace(/^https:\/\//, '')}</a>.
          </p>
          <p className="mt-4 text-slate-600 dark:text-slate-400">Mailguide — help for {provider.name} customers.</p>
        </div>
      </div>
    </footer>
  );
}
