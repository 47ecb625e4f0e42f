import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FeedbackDeps } from '../../lib/feedback/http';
import { SlidingWindowLimiter } from '../../lib/feedback/rate-limit';
import { openFeedbackStore, type FeedbackStore } from '../../lib/feedback/store';

export const ORIGIN = 'http://help.example.test';
export const API = `${ORIGIN}/api/feedback`;
export const PAGES: ReadonlySet<string> = new Set(['/articles/webmail', '/articles/mailbox-full', '/setup/thunderbird/imap', '/setup/thunderbird/pop3']);

/** A folder under the system temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'mailguide-feedback-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempStore(): { store: FeedbackStore; file: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'feedback.sqlite');
  const store = openFeedbackStore(file);
  return {
    store,
    file,
    cleanup: () => {
      store.close();
      cleanup();
    },
  };
}

export function depsFor(store: FeedbackStore, options: { limit?: number; now?: () => number; siteOrigin?: string } = {}): FeedbackDeps {
  return {
    recordVote: async (vote) => store.record(vote),
    readCounts: (page) => store.counts(page),
    publishedPages: async () => PAGES,
    limiter: options.limit ? new SlidingWindowLimiter(options.limit) : null,
    siteOrigin: options.siteOrigin ?? null,
    now: options.now,
    log: () => {},
  };
}

type Headers = Record<string, string>;

export function jsonPost(body: unknown, headers: Headers = {}): Request {
  return new Request(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function formPost(fields: Record<string, string> | string, headers: Headers = {}): Request {
  return new Request(API, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
  });
}

export function getCounts(query: string): Request {
  return new Request(`${API}${query}`);
}
