import type { Metadata } from 'next';
import Link from 'next/link';
import { categoriesWithArticles, featuredArticles, getContent } from '@/lib/content';
import { mailClients, platformList } from '@/lib/clients';
import { advisorHref, articleHref, categoryHref, HOME_SECTIONS, homeHref, setupHref } from '@/lib/routes';
import { SearchForm } from '@/components/SearchForm';
import { pageMetadata, SITE_DESCRIPTION, SITE_TITLE } from '@/lib/seo';

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_TITLE, description: SITE_DESCRIPTION, path: homeHref() }),
  // The site's own title, without the "· Mailguide" suffix other pages get.
  title: { absolute: SITE_TITLE },
};

export default async function HomePage() {
  const content = await getContent();
  const groups = categoriesWithArticles(content);
  const featured = featuredArticles(content);
  return (
    <>
      <section aria-labelledby="home-title" className="rounded-2xl bg-brand-50 px-5 py-10 sm:px-10 dark:bg-slate-900">
        <h1 id="home-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          How can we help with your {content.provider.name} email?
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Set up your mail on any device, choose between POP3 and IMAP, or fix mail that will not send or arrive.
        </p>
        <div className="mt-6 max-w-2xl">
          <SearchForm id="home-search" large />
        </div>
      </section>

      <section aria-labelledby="advisor-title" className="mt-8 flex flex-col gap-4 rounded-2xl border border-brand-200 p-6 sm:flex-row sm:items-center sm:justify-between dark:border-slate-700">
        <div>
          <h2 id="advisor-title" className="text-xl font-semibold">POP3 or IMAP? Not sure?</h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Answer three quick questions and get a recommendation with setup steps for your own mail apps.
          </p>
        </div>
        <Link
          href={advisorHref()}
          className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950"
        >
          Start the advisor
        </Link>
      </section>

      {featured.length > 0 ? (
        <section aria-labelledby="featured-title" className="mt-10">
          <h2 id="featured-title" className="text-2xl font-semibold">Popular articles</h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {featured.map((article) => (
              <li key={article.slug}>
                <Link
                  href={articleHref(article.slug)}
                  className="block h-full rounded-xl border border-slate-200 p-4 hover:border-brand-600 hover:shadow-sm dark:border-slate-700 dark:hover:border-brand-300"
                >
                  <span className="font-semibold text-brand-700 dark:text-brand-300">{article.meta.title}</span>
                  <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{article.meta.description}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section id={HOME_SECTIONS.setupGuides} aria-labelledby="setup-title" className="mt-12 scroll-mt-6">
        <h2 id="setup-title" className="text-2xl font-semibold">Set up your mail app</h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">Step-by-step guides with the exact server settings.</p>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {mailClients(content).map((client) => (
            <li key={client.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
              <h3 className="font-semibold">{client.name}</h3>
              <p className="text-sm text-slate-700 dark:text-slate-300">{platformList(client.platforms)}</p>
              <p className="mt-2 flex gap-2">
                {client.protocols.map((protocol) => (
                  <Link
                    key={protocol}
                    href={setupHref(client.id, protocol)}
                    aria-label={`${client.name} with ${protocol === 'imap' ? 'IMAP' : 'POP3'}`}
                    className="inline-flex min-h-11 min-w-16 items-center justify-center rounded-md border border-brand-700 px-3 text-sm font-medium text-brand-700 hover:bg-brand-50 dark:border-brand-300 dark:text-brand-300 dark:hover:bg-slate-800"
                  >
                    {protocol === 'imap' ? 'IMAP' : 'POP3'}
                  </Link>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section id={HOME_SECTIONS.topics} aria-labelledby="topics-title" className="mt-12 scroll-mt-6">
        <h2 id="topics-title" className="text-2xl font-semibold">Help topics</h2>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          {groups.map(({ category, articles }) => (
            <section key={category.id} aria-labelledby={`cat-${category.id}`} className="rounded-xl border border-slate-200 p-5 dark:border-slate-700">
              <h3 id={`cat-${category.id}`} className="text-lg font-semibold">
                <Link href={categoryHref(category.id)} className="underline-offset-2 hover:underline">
                  {category.title}
                </Link>
              </h3>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{category.description}</p>
              <ul className="mt-3 space-y-1">
                {articles.map((article) => (
                  <li key={article.slug}>
                    <Link href={articleHref(article.slug)} className="inline-block py-1 text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                      {article.meta.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
    </>
  );
}
