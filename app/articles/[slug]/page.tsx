import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { editBaseUrl, siteUrl } from '@/lib/config';
import { findArticle, findCategory, formatDate, getContent, relatedArticles } from '@/lib/content';
import { absoluteUrl, articleHref, categoryHref, tagHref } from '@/lib/routes';
import { articleJsonLd, pageMetadata } from '@/lib/seo';
import { CopyLink } from '@/components/CopyLink.client';
import { JsonLd } from '@/components/JsonLd';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { TableOfContents } from '@/components/TableOfContents';
import { ArticleList } from '@/components/ArticleList';
import { MdxContent } from '@/components/mdx/MdxContent';
import { Feedback } from '@/components/feedback/Feedback';

type Props = { params: Promise<{ slug: string }> };

// Every article is generated at build time; anything else is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const content = await getContent();
  return content.articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const content = await getContent();
  const article = findArticle(content, slug);
  if (!article) return {};
  const metadata = pageMetadata({
    title: article.meta.title,
    description: article.meta.description,
    path: articleHref(article.slug),
    article: { modifiedTime: article.meta.updated, section: findCategory(content, article.meta.category)?.title, tags: article.meta.tags },
  });
  // Drafts only exist while editing; should a preview server be reachable, keep them out of search engines.
  return article.meta.draft ? { ...metadata, robots: { index: false, follow: false } } : metadata;
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const content = await getContent();
  const article = findArticle(content, slug);
  if (!article) notFound();
  const category = findCategory(content, article.meta.category);
  const related = relatedArticles(content, article);
  const editBase = editBaseUrl();
  const pageUrl = absoluteUrl(siteUrl(), articleHref(article.slug));
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <article className="min-w-0">
        <JsonLd data={articleJsonLd({ article, category, provider: content.provider, origin: siteUrl() })} />
        <Breadcrumbs
          items={[
            { label: 'Help center', href: '/' },
            ...(category ? [{ label: category.title, href: categoryHref(category.id) }] : []),
            { label: article.meta.title },
          ]}
        />
        {article.meta.draft ? (
          <p role="note" className="mb-4 rounded-md border-2 border-dashed border-amber-600 bg-amber-50 px-3 py-2 font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            Draft — only visible while editing. It will not be published until <code>draft: true</code> is removed.
          </p>
        ) : null}
        <header className="mb-6">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{article.meta.title}</h1>
          <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{article.meta.description}</p>
          <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
            <p>
              Updated <time dateTime={article.meta.updated}>{formatDate(article.meta.updated)}</time>
            </p>
            <CopyLink
              url={pageUrl}
              testId="article-copy-link"
              className="no-print -ml-2 inline-flex min-h-11 cursor-pointer items-center rounded-md px-2 font-medium sm:ml-0 text-brand-700 underline underline-offset-2 hover:bg-slate-100 dark:text-brand-300 dark:hover:bg-slate-800"
            >
              Copy link to this article
            </CopyLink>
          </div>
        </header>
        <TableOfContents headings={article.headings} variant="inline" />
        <div className="prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-code:before:content-none prose-code:after:content-none">
          <MdxContent code={article.code} provider={content.provider} pageUrl={pageUrl} />
        </div>
        <footer className="mt-10 border-t border-slate-200 pt-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <p>
            Last updated <time dateTime={article.meta.updated}>{formatDate(article.meta.updated)}</time>.
            {editBase ? (
              <>
                {' '}
                <a className="underline" href={`${editBase}${article.file}`}>Edit this page</a>
              </>
            ) : null}
          </p>
          <p className="mt-2">
            Tags:{' '}
            {article.meta.tags.map((tag, index) => (
              <span key={tag}>
                {index > 0 ? ', ' : ''}
                <Link href={tagHref(tag)} className="underline">
                  {tag}
                </Link>
              </span>
            ))}
          </p>
        </footer>
        <Feedback page={articleHref(article.slug)} />
        {related.length > 0 ? (
          <section aria-labelledby="related-title" className="no-print mt-10">
            <h2 id="related-title" className="text-xl font-semibold">Related articles</h2>
            <ArticleList articles={related} />
          </section>
        ) : null}
      </article>
      <aside className="hidden lg:block" aria-label="Article navigation">
        <TableOfContents headings={article.headings} variant="sidebar" />
      </aside>
    </div>
  );
}
