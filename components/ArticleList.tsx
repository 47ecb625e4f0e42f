import Link from 'next/link';
import type { Article } from '@/lib/content';
import { articleHref } from '@/lib/routes';

export function ArticleList({ articles, headingLevel = 3 }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {articles.map((article) => (
        <li key={article.slug} className="py-3">
          <Title className="text-base font-semibold">
            <Link href={articleHref(article.slug)} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
              {article.meta.title}
            </Link>
          </Title>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{article.meta.description}</p>
        </li>
      ))}
    </ul>
  );
}
