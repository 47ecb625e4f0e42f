import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { allTags, articlesWithTag, getContent } from '@/lib/content';
import { tagHref } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ArticleList } from '@/components/ArticleList';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const content = await getContent();
  return allTags(content).map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  const count = articlesWithTag(await getContent(), tag).length;
  return pageMetadata({
    title: `Articles tagged “${tag}”`,
    description: `${count} help article${count === 1 ? '' : 's'} about ${tag.replace(/-/g, ' ')}.`,
    path: tagHref(tag),
  });
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const content = await getContent();
  const articles = articlesWithTag(content, tag);
  if (articles.length === 0) notFound();
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ label: 'Help center', href: '/' }, { label: `Tag: ${tag}` }]} />
      <h1 className="text-3xl font-bold tracking-tight">Articles tagged “{tag}”</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {articles.length} article{articles.length === 1 ? '' : 's'}
      </p>
      <ArticleList articles={articles} headingLevel={2} />
    </div>
  );
}
