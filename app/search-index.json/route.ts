import { getSearch } from '@/lib/search/server';

// Built once at `next build` from the compiled content and served as a static file; the browser
// fetches it on first use of search (components/search/load-search.ts), never on page load.
export const dynamic = 'force-static';

export async function GET() {
  const { built } = await getSearch();
  return new Response(built.json, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      // Revalidate on each first use: after a deploy, search must not offer pages that moved.
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  });
}
