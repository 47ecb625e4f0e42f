import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articlesInCategory, findCategory, getContent } from '@/lib/content';
import { categoryHref } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ArticleList } from '@/components/ArticleList';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const content = await getContent();
  return content.categories.map((category) => ({ id: category.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const category = findCategory(await getContent(), id);
  if (!category) return {};
  return pageMetadata({ title: category.title, description: category.description, path: categoryHref(category.id) });
}

export default async function CategoryPage({ params }: Props) {
  const { id } = await params;
  const content = await getContent();
  const category = findCategory(content, id);
  if (!category) notFound();
  const articles = articlesInCategory(content, category.id);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ label: 'Help center', href: '/' }, { label: category.title }]} />
      <h1 className="text-3xl font-bold tracking-tight">{category.title}</h1>
      <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{category.description}</p>
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        {articles.length} article{articles.length === 1 ? '' : 's'}
      </p>
      <ArticleList articles={articles} headingLevel={2} />
    </div>
  );
}
