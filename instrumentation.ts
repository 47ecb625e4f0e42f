import type { Instrumentation } from 'next';

/** Runs once when the server starts (Node.js only; this site has no edge code). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseForbiddenMethods } = await import('./lib/security/forbidden-methods');
  refuseForbiddenMethods();
}

/**
 * One log line per server-side failure, with the digest the error page shows the reader, so a
 * support agent's "reference" leads to the full error here. The details stay in the server log:
 * the browser gets only the digest (Next.js strips messages from production error payloads).
 * The query string is left out because it can hold a reader's email address.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const failure = error as Error & { digest?: string };
  console.error(
    JSON.stringify({
      event: 'request-error',
      digest: failure.digest ?? null,
      method: request.method,
      path: request.path.split('?')[0],
      route: context.routePath,
      routeType: context.routeType,
      message: failure.message,
      stack: failure.stack,
    }),
  );
};
