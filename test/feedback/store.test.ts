import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, openFeedbackStore, type FeedbackStore } from '../../lib/feedback/store';
import { tempDir } from './helpers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function freshFile(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return path.join(dir, 'nested', 'folder', 'feedback.sqlite');
}

function open(file: string, readonly = false): FeedbackStore {
  const store = openFeedbackStore(file, { readonly });
  cleanups.unshift(() => store.close());
  return store;
}

describe('openFeedbackStore', () => {
  it('creates the folder, the file and the schema on first use', () => {
    const file = freshFile();
    expect(existsSync(path.dirname(file))).toBe(false);
    open(file);
    expect(existsSync(file)).toBe(true);
    const db = new Database(file, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['page_totals', 'votes']);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('runs in WAL mode with a busy timeout and FULL synchronous commits', () => {
    const store = open(freshFile());
    expect(store.settings()).toEqual({ journalMode: 'wal', synchronous: 'FULL', busyTimeoutMs: 5000 });
  });

  it('migrates an existing database only once and keeps its votes', () => {
    const file = freshFile();
    const first = openFeedbackStore(file);
    first.record({ page: '/articles/webmail', vote: 'yes' });
    first.close();
    const second = open(file);
    expect(second.counts('/articles/webmail')).toEqual({ page: '/articles/webmail', yes: 1, no: 0 });
  });

  it('refuses a database written by a newer release instead of guessing', () => {
    const file = freshFile();
    openFeedbackStore(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openFeedbackStore(file)).toThrow(/newer than this code knows/);
  });

  it('opens read-only for the report without creating anything', () => {
    const file = freshFile();
    expect(() => openFeedbackStore(file, { readonly: true })).toThrow(/no feedback database at/);
    expect(existsSync(path.dirname(file))).toBe(false);
    openFeedbackStore(file).close();
    const reader = open(file, true);
    expect(reader.report()).toEqual([]);
    expect(() => reader.record({ page: '/articles/webmail', vote: 'yes' })).toThrow(/readonly/i);
  });
});

describe('votes', () => {
  it('keeps running totals per page that match the votes', () => {
    const store = open(freshFile());
    expect(store.record({ page: '/a', vote: 'yes' })).toMatchObject({ page: '/a', yes: 1, no: 0 });
    expect(store.record({ page: '/a', vote: 'no' })).toMatchObject({ page: '/a', yes: 1, no: 1 });
    expect(store.record({ page: '/b', vote: 'no' })).toMatchObject({ page: '/b', yes: 0, no: 1 });
    expect(store.counts('/a')).toEqual({ page: '/a', yes: 1, no: 1 });
    expect(store.counts('/never')).toEqual({ page: '/never', yes: 0, no: 0 });
  });

  it('writes a batch in one transaction and returns each vote’s totals in order', () => {
    const store = open(freshFile());
    const saved = store.recordMany([
      { page: '/a', vote: 'yes' },
      { page: '/a', vote: 'yes' },
      { page: '/b', vote: 'no' },
    ]);
    expect(saved.map(({ page, yes, no }) => ({ page, yes, no }))).toEqual([
      { page: '/a', yes: 1, no: 0 },
      { page: '/a', yes: 2, no: 0 },
      { page: '/b', yes: 0, no: 1 },
    ]);
  });

  it('rolls back the whole batch when one vote is refused by the schema', () => {
    const store = open(freshFile());
    expect(() =>
      store.recordMany([
        { page: '/a', vote: 'yes' },
        { page: '/a', vote: 'maybe' as 'yes' },
      ]),
    ).toThrow(/CHECK constraint/);
    expect(store.counts('/a').yes).toBe(0);
  });

  it('stores a comment exactly as text, markup and all', () => {
    const store = open(freshFile());
    const comment = '<script>alert("x")</script> \'; DROP TABLE votes; -- ✉️';
    store.record({ page: '/a', vote: 'no', comment });
    expect(store.report()[0]?.latestComments[0]?.text).toBe(comment);
  });

  it('keeps every vote after the store is closed and opened again', () => {
    const file = freshFile();
    const first = openFeedbackStore(file);
    for (let i = 0; i < 25; i += 1) first.record({ page: '/a', vote: i % 5 === 0 ? 'no' : 'yes', comment: `comment ${i}` });
    first.close();
    const second = open(file);
    expect(second.counts('/a')).toEqual({ page: '/a', yes: 20, no: 5 });
    expect(second.report()[0]?.commentCount).toBe(25);
  });
});

describe('report', () => {
  function seeded(): FeedbackStore {
    const store = open(freshFile());
    const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 10, day, 12, minute));
    // /good: 3 yes, 1 no → 75 %; /bad: 1 yes, 3 no → 25 %; /worse: 0 yes, 1 no → 0 %
    store.record({ page: '/good', vote: 'yes', at: at(1) });
    store.record({ page: '/good', vote: 'yes', at: at(2) });
    store.record({ page: '/good', vote: 'yes', at: at(3) });
    store.record({ page: '/good', vote: 'no', comment: 'old comment', at: at(1, 5) });
    store.record({ page: '/bad', vote: 'yes', at: at(1) });
    store.record({ page: '/bad', vote: 'no', comment: 'first', at: at(10) });
    store.record({ page: '/bad', vote: 'no', comment: 'second', at: at(11) });
    store.record({ page: '/bad', vote: 'no', comment: 'third', at: at(12) });
    store.record({ page: '/worse', vote: 'no', at: at(20) });
    return store;
  }

  it('lists pages least helpful first with yes, no and helpful share', () => {
    const report = seeded().report();
    expect(report.map((page) => [page.page, page.yes, page.no, page.helpful])).toEqual([
      ['/worse', 0, 1, 0],
      ['/bad', 1, 3, 0.25],
      ['/good', 3, 1, 0.75],
    ]);
  });

  it('puts the page more people voted on first when two are equally unhelpful', () => {
    const store = open(freshFile());
    store.record({ page: '/one-vote', vote: 'no' });
    store.record({ page: '/two-votes', vote: 'no' });
    store.record({ page: '/two-votes', vote: 'no' });
    expect(store.report().map((page) => page.page)).toEqual(['/two-votes', '/one-vote']);
  });

  it('lists the newest comments first, as many as asked, and counts all of them', () => {
    const bad = seeded().report({ commentsPerPage: 2 }).find((page) => page.page === '/bad');
    expect(bad?.latestComments.map((c) => c.text)).toEqual(['third', 'second']);
    expect(bad?.commentCount).toBe(3);
    expect(bad?.lastVoteAt).toBe('2026-11-12T12:00:00.000Z');
  });

  it('counts only votes since the given instant', () => {
    const report = seeded().report({ since: '2026-11-10T00:00:00.000Z' });
    expect(report.map((page) => [page.page, page.yes, page.no])).toEqual([
      ['/bad', 0, 3],
      ['/worse', 0, 1],
    ]);
  });
});
