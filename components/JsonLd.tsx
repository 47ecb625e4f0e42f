import { jsonLdString, type JsonLd as JsonLdData } from '@/lib/seo';

/** Structured data for search engines (schema.org), built by lib/seo.ts; renders nothing visible. */
export function JsonLd({ data }: { data: JsonLdData | null }) {
  if (!data) return null;
  // jsonLdString escapes "<", so content text cannot end the script element early.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdString(data) }} />;
}
