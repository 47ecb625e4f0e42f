import type { Metadata } from 'next';
import Link from 'next/link';
import { siteUrl } from '@/lib/config';
import { featuredArticles } from '@/lib/content';
import { advisorHref, searchHref } from '@/lib/routes';
import { getSearch } from '@/lib/search/server';
import { MAX_QUERY_LENGTH, prepareQuery } from '@/lib/search/normalize';
import type { SearchResponse } from '@/lib/search/types';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SearchForm } from '@/components/SearchForm';
import { PopularArticles } from '@/components/PopularArticles';
import { SearchResultList } from '@/components/search/SearchResultList';

// Every query is different: render on request (the index itself is built once per process).
export const dynamic = 'force-dynamic';

/** Pages listed on the results page (each with its other well-matching sections). */
const PAGE_RESULTS = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?q=a&q=b` or no q at all are answered like any other query, never with an error. */
function queryParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { text } = prepareQuery(queryParam((await searchParams).q));
  return {
    title: text ? `Search results for “${text}”` : 'Search',
    // Result pages are endless and thin: keep them out of search engines, but follow their links.
    robots: { index: false, follow: true },
    alternates: { canonical: searchHref() },
  };
}

/** Text without any Latin letter or digit, e.g. "почта" or "メール": the help center is written in English. */
function isNonLatin(text: string): boolean {
  return /\p{L}/u.test(text) && !/[\p{Script=Latin}\d]/u.test(text);
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = queryParam((await searchParams).q);
  const { content, engine } = await getSearch();
  const response = engine.search(raw, { limit: PAGE_RESULTS });
  const { query, problem, truncated } = response;
  const noResults = !problem && response.hits.length === 0;
  let near: SearchResponse | null = null;
  let suggestion: string | null = null;
  if (noResults) {
    near = engine.search(raw, { limit: 5, relaxed: true });
    suggestion = engine.suggest(raw);
  }
  const popular = featuredArticles(content).slice(0, 6);
  const { support } = content.provider;
  const pages = response.total;

  return (
    <div className="max-w-3xl [overflow-wrap:anywhere]">
      <Breadcrumbs items={[{ label: 'Help center', href: '/' }, { label: 'Search' }]} />
      <h1 className="text-3xl font-bold tracking-tight">{query ? <>Search results for “{query}”</> : 'Search the help center'}</h1>
      <div className="mt-5">
        <SearchForm id="search-page-q" defaultValue={query} large enhance={false} />
      </div>

      {truncated ? (
        <p role="note" className="mt-4 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          Your search was long, so we searched its first {MAX_QUERY_LENGTH} characters.
        </p>
      ) : null}

      {problem === 'empty' ? (
        <p className="mt-6 text-lg text-slate-700 dark:text-slate-300">
          Type what you are looking for, for example “outlook won’t send”, “port 587” or the name of your mail app.
        </p>
      ) : null}
      {problem === 'no-words' ? (
        <p className="mt-6 text-lg text-slate-700 dark:text-slate-300">
          Your search has no letters or numbers in it, so there is nothing to look for. Try a word or two, such as the name of your mail app or what goes wrong.
        </p>
      ) : null}
      {problem === 'only-common-words' ? (
        <p className="mt-6 text-lg text-slate-700 dark:text-slate-300">
          “{query}” only has very common words. Add the name of your mail app or what goes wrong, for example “iphone password”.
        </p>
      ) : null}

      {!problem && pages > 0 ? (
        <>
          <p className="mt-6 text-slate-700 dark:text-slate-300" data-testid="search-count">
            {pages === 1 ? '1 page matches' : `${pages} pages match`}
            {pages > PAGE_RESULTS ? `; showing the best ${PAGE_RESULTS}` : ''}.
          </p>
          <SearchResultList hits={response.hits} matchedTerms={response.matchedTerms} siteUrl={siteUrl()} />
        </>
      ) : null}

      {noResults ? (
        <section aria-labelledby="no-results-title" className="mt-6">
          <h2 id="no-results-title" className="text-xl font-semibold">
            No results for “{query}”
          </h2>
          {isNonLatin(query) ? (
            <p className="mt-2 text-slate-700 dark:text-slate-300">The help center is written in English: try your search in English words.</p>
          ) : null}
          {suggestion ? (
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              Did you mean{' '}
              <Link href={searchHref(suggestion)} className="font-semibold text-brand-700 underline dark:text-brand-300">
                {suggestion}
              </Link>
              ?
            </p>
          ) : null}
        </section>
      ) : null}

      {near && near.hits.length > 0 ? (
        <section aria-labelledby="near-title" className="mt-8">
          <h2 id="near-title" className="text-xl font-semibold">
            Near matches
          </h2>
          <SearchResultList hits={near.hits} matchedTerms={near.matchedTerms} siteUrl={siteUrl()} headingLevel={3} />
        </section>
      ) : null}

      {problem || noResults ? (
        <>
          <PopularArticles articles={popular} />
          <section aria-labelledby="more-help-title" className="mt-8 rounded-xl border border-slate-200 p-5 dark:border-slate-700">
            <h2 id="more-help-title" className="text-xl font-semibold">
              More ways to get help
            </h2>
            <ul className="mt-3 space-y-2 text-slate-700 dark:text-slate-300">
              <li>
                Not sure whether to use POP3 or IMAP?{' '}
                <Link href={advisorHref()} className="text-brand-700 underline dark:text-brand-300">
                  Answer three questions in the advisor
                </Link>
                .
              </li>
              <li>
                Write to our support team at{' '}
                <a href={`mailto:${support.email}`} className="text-brand-700 underline dark:text-brand-300">
                  {support.email}
                </a>
                {support.phone ? (
                  <>
                    {' '}or call{' '}
                    <a href={`tel:${support.phone.replace(/[^+\d]/g, '')}`} className="text-brand-700 underline dark:text-brand-300">
                      {support.phone}
                    </a>
                  </>
                ) : null}
                {support.hours ? ` (${support.hours})` : ''}.
              </li>
              {support.url ? (
                <li>
                  <a href={support.url} className="text-brand-700 underline dark:text-brand-300">
                    Contact page
                  </a>
                </li>
              ) : null}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
