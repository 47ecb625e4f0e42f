import { notFound } from 'next/navigation';
import { testErrorRoutes } from '@/lib/config';

/**
 * A page that always fails, for the browser tests of app/error.tsx against the production server.
 * It exists only when MAILGUIDE_TEST_ERRORS=1 (the Playwright config sets it); otherwise 404.
 * Rendered per request so the variable is read when the server runs, not when it is built.
 */
export const dynamic = 'force-dynamic';
export const metadata = { robots: { index: false, follow: false } };

export default function FailingPage() {
  if (!testErrorRoutes()) notFound();
  // The message names a path and a secret on purpose: the test checks neither reaches the browser.
  throw new Error(`test failure: secret-token-4711 in ${process.cwd()}/node_modules/broken.js`);
}
