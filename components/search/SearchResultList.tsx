import Link from 'next/link';
import { highlightParts } from '@/lib/search/highlight';
import type { SearchHit } from '@/lib/search/types';
import { CopyLinkButton } from './CopyLinkButton.client';
import { Highlighted } from './Highlighted';

interface Group {
  primary: SearchHit;
  more: SearchHit[];
}

/** Hits arrive page by page: a page's best hit, then its other well-matching sections. */
function groupHits(hits: SearchHit[]): Group[] {
  const groups: Group[] = [];
  for (const hit of hits) {
    const last = groups[groups.length - 1];
    if (hit.secondary && last && last.primary.pageKey === hit.pageKey) last.more.push(hit);
    else groups.push({ primary: hit, more: [] });
  }
  return groups;
}

function trail(hit: SearchHit): string {
  return (hit.heading ? [...hit.crumbs, hit.title] : hit.crumbs).join(' › ');
}

/** Server-rendered results for /search: plain links that work without JavaScript. */
export function SearchResultList({
  hits,
  matchedTerms,
  siteUrl,
  headingLevel = 2,
}: {
  hits: SearchHit[];
  matchedTerms: string[];
  siteUrl: string;
  headingLevel?: 2 | 3;
}) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const terms = new Set(matchedTerms);
  const mark = (text: string) => <Highlighted parts={highlightParts(text, terms)} />;
  return (
    <ol className="mt-4 divide-y divide-slate-200 dark:divide-slate-800" data-testid="search-results">
      {groupHits(hits).map(({ primary, more }) => (
        <li key={primary.href} className="py-4">
          <p className="text-sm text-slate-600 dark:text-slate-400">{trail(primary)}</p>
          <Title className="mt-0.5 text-lg font-semibold">
            <Link href={primary.href} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
              {mark(primary.heading ?? primary.title)}
            </Link>
          </Title>
          {primary.excerpt ? <p className="mt-1 text-slate-700 dark:text-slate-300">{mark(primary.excerpt)}</p> : null}
          <div className="mt-2">
            <CopyLinkButton url={`${siteUrl}${primary.href}`} label={primary.heading ?? primary.title} />
          </div>
          {more.length > 0 ? (
            <ul className="mt-3 space-y-2 border-l-2 border-slate-200 pl-4 dark:border-slate-700" aria-label={`More from ${primary.title}`}>
              {more.map((hit) => (
                <li key={hit.href}>
                  <Link href={hit.href} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                    {mark(hit.heading ?? hit.title)}
                  </Link>
                  {hit.excerpt ? <p className="text-sm text-slate-700 dark:text-slate-300">{mark(hit.excerpt)}</p> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
