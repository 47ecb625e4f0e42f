'use client';

import { ErrorMessage } from '@/components/ErrorMessage';
import { SiteHeader } from '@/components/SiteHeader';
import './globals.css';

/**
 * The last resort, when the root layout itself fails: it replaces the whole document, so it brings
 * its own <html> and <body>. Deliberately static and light: no content loading (that may be what
 * failed), just the header with search and a way back. Dark mode follows the system here.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Mailguide</title>
        <meta name="robots" content="noindex" />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {/* No "Try again": re-rendering the same broken layout would fail the same way. */}
          <ErrorMessage digest={error.digest} />
        </main>
      </body>
    </html>
  );
}
