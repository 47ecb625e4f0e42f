'use client';

import { ErrorMessage } from '@/components/ErrorMessage';

/**
 * A page that failed while rendering. The root layout (header with search, footer) stays; only the
 * page area is replaced. The server has already logged the error with its digest
 * (instrumentation.ts); the browser only ever receives the digest, never the message.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage digest={error.digest} onRetry={reset} />;
}
