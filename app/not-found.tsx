import Link from 'next/link';
import { featuredArticles, getContent } from '@/lib/content';
import { SearchForm } from '@/components/SearchForm';
import { PopularArticles } from '@/components/PopularArticles';
import { advisorHref, homeHref } from '@/lib/routes';

export const metadata = { title: 'Page not found' };

export default async function NotFound() {
  const content = await getContent();
  const popular = featuredArticles(content).slice(0, 6);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">We could not find that page</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        The link may be old or mistyped. Try a search, or pick one of the popular articles below.
      </p>
      <div className="mt-6">
        <SearchForm id="notfound-search" large />
      </div>
      <PopularArticles articles={popular} />
      <p className="mt-8">
        <Link href={homeHref()} className="underline">Back to the help center</Link> ·{' '}
        <Link href={advisorHref()} className="underline">POP3 or IMAP? Ask the advisor</Link>
      </p>
    </div>
  );
}
