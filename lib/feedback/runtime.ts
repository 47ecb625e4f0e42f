import { feedbackDbPath, feedbackRateLimit, siteUrl } from '../config';
import { getContent, type Content } from '../content';
import type { FeedbackDeps } from './http';
import { publishedPagePaths } from './pages';
import { GroupCommitter } from './group-commit';
import { SlidingWindowLimiter } from './rate-limit';
import { openFeedbackStore, type FeedbackStore } from './store';

/**
 * The live dependencies of /api/feedback: one database connection and one limiter per server
 * process. Kept on globalThis so `npm run dev` reloading this module does not open a second
 * connection to the same file.
 */

interface Runtime {
  store: FeedbackStore | null;
  committer: GroupCommitter | null;
  limiter: SlidingWindowLimiter | null;
  limit: number | null;
}

const KEY = Symbol.for('mailguide.feedback.runtime');
const holder = globalThis as typeof globalThis & { [KEY]?: Runtime };
const state: Runtime = (holder[KEY] ??= { store: null, committer: null, limiter: null, limit: null });

const pagesByContent = new WeakMap<Content, Set<string>>();

function store(): FeedbackStore {
  const file = feedbackDbPath();
  if (state.store?.file !== file) {
    state.store?.close();
    state.store = openFeedbackStore(file);
    state.committer = new GroupCommitter(state.store);
  }
  return state.store;
}

function committer(): GroupCommitter {
  store();
  return state.committer as GroupCommitter;
}

function limiter(): SlidingWindowLimiter | null {
  const limit = feedbackRateLimit();
  if (state.limit !== limit) {
    state.limit = limit;
    state.limiter = limit > 0 ? new SlidingWindowLimiter(limit) : null;
  }
  return state.limiter;
}

async function publishedPages(): Promise<ReadonlySet<string>> {
  const content = await getContent();
  let pages = pagesByContent.get(content);
  if (!pages) {
    pages = publishedPagePaths(content);
    pagesByContent.set(content, pages);
  }
  return pages;
}

function siteOrigin(): string | null {
  try {
    return new URL(siteUrl()).origin;
  } catch {
    return null; // A malformed SITE_URL only means the request's own origin is the one accepted.
  }
}

export function feedbackDeps(): FeedbackDeps {
  return {
    // Opened on first use, so `next build` (which imports the route) never creates a database.
    recordVote: (vote) => committer().record(vote),
    readCounts: (page) => store().counts(page),
    publishedPages,
    limiter: limiter(),
    siteOrigin: siteOrigin(),
  };
}
