import http from 'node:http';
import { STATIC_SECURITY_HEADERS } from './headers.mjs';
import { PROBLEM_PAGE_CSP } from '../autosetup/page';

/**
 * CONNECT, TRACE and TRACK cannot be represented as a web `Request` (the Fetch standard forbids
 * them), and Next.js 16 builds one for the proxy and for route handlers: such a request made the
 * server answer 500 and log a TypeError on every page (found by the hostile-input corpus). They are
 * never legitimate here, so the server refuses them with 405 before Next.js sees them. Installed
 * once per server process by instrumentation.ts. A reverse proxy in front (nginx refuses TRACE
 * itself) is still the first line.
 */
export const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

let installed = false;

export function refuseForbiddenMethods(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (FORBIDDEN_METHODS.has((request.method ?? '').toUpperCase())) {
        response.writeHead(405, {
          ...Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value])),
          'Content-Security-Policy': PROBLEM_PAGE_CSP,
          Allow: 'GET, HEAD, POST',
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        response.end('This method is not allowed here.\n');
        request.resume();
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>);
  } as typeof emit;
}
