import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/config';
import { getContent } from '@/lib/content';
import { sitemapEntries } from '@/lib/seo';

/** /sitemap.xml: every published page (drafts are never in getContent() in production). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getContent(), siteUrl());
}
