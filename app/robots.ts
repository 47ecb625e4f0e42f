import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/config';

/** /robots.txt: everything may be crawled except search results, which only repeat the articles. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/search'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
