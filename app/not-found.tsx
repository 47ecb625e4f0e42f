import Link from 'next/link';
import { featuredArticles, getContent } from '@/lib/content';
import { articleHref } from '@/lib/routes';
import { SearchForm } from '@/components/SearchForm';

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
      {popular.length > 0 ? (
        <section aria-labelledby="popular-title" className="mt-8">
          <h2 id="popular-title" className="text-xl font-semibold">Popular articles</h2>
          <ul className="mt-3 space-y-2">
            {popular.map((article) => (
              <li key={article.slug}>
                <Link href={articleHref(article.slug)} className="text-brand-700 underline dark:text-brand-300">
                  {article.meta.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-8">
        <Link href="/" className="underline">Back to the help center</Link> ·{' '}
        <Link href="/advisor" className="underline">POP3 or IMAP? Ask the advisor</Link>
      </p>
    </div>
  );
}
