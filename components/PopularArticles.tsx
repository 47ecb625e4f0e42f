import Link from 'next/link';
import type { Article } from '@/lib/content';
import { articleHref } from '@/lib/routes';

/** "Popular articles" for dead ends (404, a search without results): the featured articles. */
export function PopularArticles({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="popular-title" className="mt-8">
      <h2 id="popular-title" className="text-xl font-semibold">
        Popular articles
      </h2>
      <ul className="mt-3 space-y-2">
        {articles.map((article) => (
          <li key={article.slug}>
            <Link href={articleHref(article.slug)} className="text-brand-700 underline dark:text-brand-300">
              {article.meta.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
