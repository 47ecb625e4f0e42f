import type { FeedbackStore, NewVote, PageCounts } from './store';

/**
 * Group commit: votes that arrive while the event loop is busy are written in one transaction.
 *
 * With synchronous=FULL every COMMIT waits for an fsync (about 3 ms on the machine this was built
 * on), and better-sqlite3 waits on the main thread, so one transaction per vote caps the server
 * near 300 votes/s and stalls every other request meanwhile. Queuing the votes of one event-loop
 * turn and committing them together keeps the guarantee — each promise resolves only after the
 * COMMIT that contains its vote — at one fsync per batch instead of per vote.
 */
export class GroupCommitter {
  private queue: Array<{ vote: NewVote; resolve: (counts: PageCounts) => void; reject: (error: unknown) => void }> = [];
  private scheduled = false;

  constructor(
    private readonly store: Pick<FeedbackStore, 'record' | 'recordMany'>,
    /** Upper bound on one transaction, so a flood cannot build one enormous write. */
    private readonly maxBatch = 500,
  ) {}

  record(vote: NewVote): Promise<PageCounts> {
    return new Promise((resolve, reject) => {
      this.queue.push({ vote, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate runs after the I/O callbacks of this turn: requests already read join the batch.
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue.splice(0, this.maxBatch);
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    if (batch.length === 0) return;
    try {
      const saved = this.store.recordMany(batch.map((entry) => entry.vote));
      batch.forEach((entry, index) => {
        const result = saved[index];
        if (result) entry.resolve({ page: result.page, yes: result.yes, no: result.no });
        else entry.reject(new Error('vote missing from the batch result'));
      });
    } catch {
      // One failing vote must not cost the others theirs: retry each on its own, so only the
      // faulty one (or all, if the database itself is at fault) is refused.
      for (const entry of batch) {
        try {
          const result = this.store.record(entry.vote);
          entry.resolve({ page: result.page, yes: result.yes, no: result.no });
        } catch (error) {
          entry.reject(error);
        }
      }
    }
  }
}
