/**
 * Per-client limit on votes: at most `limit` in any rolling `windowMs`. A sliding log rather than
 * fixed one-minute buckets, so a client cannot send 2 × limit across a bucket boundary.
 * In memory, per server process: enough for one `next start`; a cluster would need a shared store.
 */

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    /** Past this many clients, idle ones are forgotten first so memory stays bounded under a flood of addresses. */
    private readonly maxClients = 10_000,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number of at least 1; got ${limit}`);
  }

  /** Count one vote for `client` if it is allowed now. */
  take(client: string, now = Date.now()): RateDecision {
    const since = now - this.windowMs;
    const log = this.hits.get(client) ?? [];
    while (log.length > 0 && (log[0] as number) <= since) log.shift();
    if (log.length >= this.limit) {
      const oldest = log[0] as number;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
    }
    log.push(now);
    // Re-insert so the Map's order is least recently active first (used by prune()).
    this.hits.delete(client);
    this.hits.set(client, log);
    if (this.hits.size > this.maxClients) this.prune(now);
    return { allowed: true, remaining: this.limit - log.length };
  }

  /** Clients currently remembered (for tests and diagnostics). */
  get size(): number {
    return this.hits.size;
  }

  private prune(now: number): void {
    const since = now - this.windowMs;
    for (const [client, log] of this.hits) {
      if ((log[log.length - 1] ?? 0) <= since) this.hits.delete(client);
    }
    for (const client of this.hits.keys()) {
      if (this.hits.size <= this.maxClients) break;
      this.hits.delete(client);
    }
  }
}
