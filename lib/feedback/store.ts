import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Vote } from './shared';

/**
 * Durable storage for "Was this helpful?" votes in one SQLite file (better-sqlite3).
 *
 * The promise to readers is that a vote answered with a 2xx is never lost. better-sqlite3 is
 * synchronous, so `record()` returns only after COMMIT; with `synchronous=FULL` in WAL mode that
 * COMMIT includes an fsync of the write-ahead log (https://sqlite.org/pragma.html#pragma_synchronous),
 * so the vote survives the process being killed (SIGKILL) and even a power cut. The HTTP handler
 * answers after `record()` returns, never before.
 */

export interface NewVote {
  page: string;
  vote: Vote;
  /** Already validated and normalised (see schema.ts); stored verbatim as TEXT. */
  comment?: string | null;
  at?: Date;
}

export interface PageCounts {
  page: string;
  yes: number;
  no: number;
}

export interface ReportComment {
  at: string;
  vote: Vote;
  text: string;
}

export interface PageReport {
  page: string;
  yes: number;
  no: number;
  total: number;
  /** yes / total, 0..1 */
  helpful: number;
  lastVoteAt: string;
  commentCount: number;
  /** Newest first. */
  latestComments: ReportComment[];
}

export interface ReportOptions {
  /** ISO 8601 instant; only votes at or after it count. */
  since?: string;
  /** How many of the newest comments to list per page. */
  commentsPerPage?: number;
}

export interface FeedbackStore {
  readonly file: string;
  record(vote: NewVote): PageCounts & { id: number };
  /** Several votes in one transaction — one fsync for all of them (see group-commit.ts). */
  recordMany(votes: readonly NewVote[]): Array<PageCounts & { id: number }>;
  counts(page: string): PageCounts;
  report(options?: ReportOptions): PageReport[];
  /** The durability settings of this connection, as SQLite reports them (for tests and diagnostics). */
  settings(): { journalMode: string; synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA'; busyTimeoutMs: number };
  close(): void;
}

/**
 * Schema history. Each entry runs once, in order, inside one IMMEDIATE transaction together with
 * the bump of `PRAGMA user_version`, so two processes opening a new file at once cannot both
 * migrate it. Never edit an entry that has shipped: append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1 — every vote as it came in, plus running totals so GET /api/feedback is one primary-key read
  // however many votes a page collects. Totals are written in the same transaction as the vote.
  `
  CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    page TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('yes', 'no')),
    comment TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 1000),
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX votes_by_page ON votes (page, created_at);
  CREATE INDEX votes_by_time ON votes (created_at);
  CREATE TABLE page_totals (
    page TEXT PRIMARY KEY,
    yes INTEGER NOT NULL DEFAULT 0,
    no INTEGER NOT NULL DEFAULT 0
  ) STRICT, WITHOUT ROWID;
  `,
];

export class FeedbackStoreError extends Error {
  override name = 'FeedbackStoreError';
}

function migrate(db: Database.Database, file: string): void {
  const run = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new FeedbackStoreError(
        `${file} has schema version ${current}, newer than this code knows (${MIGRATIONS.length}); run the newer release or point FEEDBACK_DB at another file.`,
      );
    }
    for (let version = current; version < MIGRATIONS.length; version += 1) {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    }
  });
  run.immediate();
}

export interface OpenOptions {
  /**
   * For the staff report: never create, migrate or write. The file must exist and have the
   * current schema (the server migrates it on start).
   */
  readonly?: boolean;
}

/** Open (creating folder, file and schema when missing) the feedback database at `file`. */
export function openFeedbackStore(file: string, options: OpenOptions = {}): FeedbackStore {
  const absolute = path.resolve(file);
  if (options.readonly) {
    if (!existsSync(absolute)) throw new FeedbackStoreError(`no feedback database at ${absolute} (no vote has been recorded there yet, or FEEDBACK_DB points elsewhere)`);
  } else mkdirSync(path.dirname(absolute), { recursive: true });
  const db = new Database(absolute, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
  // Wait for another writer (a report, a second server process) instead of failing at once.
  db.pragma('busy_timeout = 5000');
  if (options.readonly) {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== MIGRATIONS.length) {
      db.close();
      throw new FeedbackStoreError(
        `${absolute} has schema version ${version}, this code expects ${MIGRATIONS.length}; start the server once to migrate it (or use the matching release)`,
      );
    }
  } else {
    // WAL lets GET requests and the staff report read while a vote is being written.
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new FeedbackStoreError(`${absolute}: could not switch to WAL mode (got "${String(mode)}")`);
    // FULL: fsync the WAL at every commit, so an acknowledged vote is on disk (see the note above).
    db.pragma('synchronous = FULL');
    migrate(db, absolute);
  }

  const insertVote = db.prepare<[string, Vote, string | null, string]>(
    'INSERT INTO votes (page, vote, comment, created_at) VALUES (?, ?, ?, ?)',
  );
  const bumpTotals = db.prepare<[string, number, number], { yes: number; no: number }>(
    `INSERT INTO page_totals (page, yes, no) VALUES (?, ?, ?)
     ON CONFLICT (page) DO UPDATE SET yes = yes + excluded.yes, no = no + excluded.no
     RETURNING yes, no`,
  );
  const readTotals = db.prepare<[string], { yes: number; no: number }>('SELECT yes, no FROM page_totals WHERE page = ?');

  const insertOne = (vote: NewVote) => {
    const at = (vote.at ?? new Date()).toISOString();
    const { lastInsertRowid } = insertVote.run(vote.page, vote.vote, vote.comment ?? null, at);
    const totals = bumpTotals.get(vote.page, vote.vote === 'yes' ? 1 : 0, vote.vote === 'no' ? 1 : 0);
    if (!totals) throw new FeedbackStoreError('page_totals upsert returned no row');
    return { id: Number(lastInsertRowid), page: vote.page, yes: totals.yes, no: totals.no };
  };
  const recordTx = db.transaction(insertOne);
  const recordManyTx = db.transaction((votes: readonly NewVote[]) => votes.map(insertOne));

  const pageSummary = db.prepare<[string], Omit<PageReport, 'helpful' | 'latestComments'>>(
    `SELECT page,
            sum(vote = 'yes') AS yes,
            sum(vote = 'no') AS no,
            count(*) AS total,
            max(created_at) AS lastVoteAt,
            count(comment) AS commentCount
       FROM votes
      WHERE created_at >= ?
      GROUP BY page`,
  );
  const latestComments = db.prepare<[string, number], { page: string; at: string; vote: Vote; text: string }>(
    `SELECT page, created_at AS at, vote, comment AS text FROM (
       SELECT page, created_at, vote, comment,
              row_number() OVER (PARTITION BY page ORDER BY created_at DESC, id DESC) AS position
         FROM votes
        WHERE comment IS NOT NULL AND created_at >= ?
     )
     WHERE position <= ?
     ORDER BY page, created_at DESC`,
  );

  return {
    file: absolute,
    // IMMEDIATE takes the write lock up front, so a busy database waits (busy_timeout) rather than
    // failing half-way through the transaction.
    record: (vote) => recordTx.immediate(vote),
    recordMany: (votes) => recordManyTx.immediate(votes),
    counts(page) {
      const row = readTotals.get(page);
      return { page, yes: row?.yes ?? 0, no: row?.no ?? 0 };
    },
    report(options = {}) {
      const since = options.since ?? '';
      const perPage = Math.max(0, Math.floor(options.commentsPerPage ?? 3));
      const byPage = new Map<string, ReportComment[]>();
      if (perPage > 0) {
        for (const row of latestComments.all(since, perPage)) {
          const list = byPage.get(row.page) ?? [];
          list.push({ at: row.at, vote: row.vote, text: row.text });
          byPage.set(row.page, list);
        }
      }
      return pageSummary
        .all(since)
        .map((row) => ({ ...row, helpful: row.total ? row.yes / row.total : 0, latestComments: byPage.get(row.page) ?? [] }))
        .sort(leastHelpfulFirst);
    },
    settings() {
      const levels = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const;
      return {
        journalMode: String(db.pragma('journal_mode', { simple: true })),
        synchronous: levels[db.pragma('synchronous', { simple: true }) as number] ?? 'OFF',
        busyTimeoutMs: db.pragma('busy_timeout', { simple: true }) as number,
      };
    },
    close: () => db.close(),
  };
}

/** Least helpful first; among equals, the page more people voted on (the surer failure) first. */
export function leastHelpfulFirst(a: PageReport, b: PageReport): number {
  return a.helpful - b.helpful || b.total - a.total || a.page.localeCompare(b.page);
}
