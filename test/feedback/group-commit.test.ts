import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GroupCommitter } from '../../lib/feedback/group-commit';
import type { FeedbackStore } from '../../lib/feedback/store';
import { tempStore } from './helpers';

let store: FeedbackStore;
let cleanup: () => void;
beforeEach(() => {
  ({ store, cleanup } = tempStore());
});
afterEach(() => cleanup());

describe('GroupCommitter', () => {
  it('writes votes that arrive together in one transaction and answers each with its own totals', async () => {
    const recordMany = vi.spyOn(store, 'recordMany');
    const committer = new GroupCommitter(store);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => committer.record({ page: '/a', vote: i < 7 ? 'yes' : 'no' })));
    expect(recordMany).toHaveBeenCalledTimes(1);
    expect(results.map((r) => `${r.yes}/${r.no}`)).toEqual(['1/0', '2/0', '3/0', '4/0', '5/0', '6/0', '7/0', '7/1', '7/2', '7/3']);
    expect(store.counts('/a')).toEqual({ page: '/a', yes: 7, no: 3 });
  });

  it('resolves a vote only after its transaction has committed', async () => {
    const committer = new GroupCommitter(store);
    let resolved = false;
    const pending = committer.record({ page: '/a', vote: 'yes' }).then(() => (resolved = true));
    // Nothing is written, and nothing acknowledged, until the batch runs.
    expect(store.counts('/a').yes).toBe(0);
    expect(resolved).toBe(false);
    await pending;
    expect(store.counts('/a').yes).toBe(1);
  });

  it('splits a flood into transactions of at most maxBatch votes', async () => {
    const recordMany = vi.spyOn(store, 'recordMany');
    const committer = new GroupCommitter(store, 4);
    await Promise.all(Array.from({ length: 10 }, () => committer.record({ page: '/a', vote: 'yes' })));
    expect(recordMany.mock.calls.map(([votes]) => votes.length)).toEqual([4, 4, 2]);
    expect(store.counts('/a').yes).toBe(10);
  });

  it('when a batch fails, refuses only the vote at fault and keeps the others', async () => {
    const committer = new GroupCommitter(store);
    const outcomes = await Promise.allSettled([
      committer.record({ page: '/a', vote: 'yes' }),
      committer.record({ page: '/a', vote: 'maybe' as 'yes' }),
      committer.record({ page: '/a', vote: 'no' }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.counts('/a')).toEqual({ page: '/a', yes: 1, no: 1 });
  });

  it('refuses every vote of the batch when the database itself fails', async () => {
    const broken = {
      record: () => {
        throw new Error('SQLITE_IOERR');
      },
      recordMany: () => {
        throw new Error('SQLITE_IOERR');
      },
    };
    const committer = new GroupCommitter(broken);
    const outcomes = await Promise.allSettled([committer.record({ page: '/a', vote: 'yes' }), committer.record({ page: '/a', vote: 'no' })]);
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
  });
});
