import { handleFeedbackGet, handleFeedbackPost } from '@/lib/feedback/http';
import { feedbackDeps } from '@/lib/feedback/runtime';

// better-sqlite3 is a native module: Node.js only, and never cached — counts are always fresh.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Record a vote: JSON (201 with the new counts) or a form post without JavaScript (303 back to the page). */
export function POST(request: Request): Promise<Response> {
  return handleFeedbackPost(request, feedbackDeps());
}

/** `?page=/articles/<slug>` → `{ page, yes, no }`. */
export function GET(request: Request): Promise<Response> {
  return handleFeedbackGet(request, feedbackDeps());
}
