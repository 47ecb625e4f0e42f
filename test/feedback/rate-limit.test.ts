import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from '../../lib/feedback/rate-limit';

describe('SlidingWindowLimiter', () => {
  it('allows the limit within a minute and refuses the next with the seconds to wait', () => {
    const limiter = new SlidingWindowLimiter(3);
    expect(limiter.take('a', 0)).toEqual({ allowed: true, remaining: 2 });
    expect(limiter.take('a', 10_000)).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.take('a', 20_000)).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take('a', 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it('slides: a burst across a minute boundary cannot double the limit', () => {
    const limiter = new SlidingWindowLimiter(2);
    limiter.take('a', 59_000);
    limiter.take('a', 59_500);
    // A fixed per-minute bucket would reset at 60,000 and allow two more here.
    expect(limiter.take('a', 60_100).allowed).toBe(false);
    expect(limiter.take('a', 119_001).allowed).toBe(true);
  });

  it('does not count refused attempts, so waiting the Retry-After is always enough', () => {
    const limiter = new SlidingWindowLimiter(1);
    limiter.take('a', 0);
    for (let t = 1_000; t < 60_000; t += 1_000) expect(limiter.take('a', t).allowed).toBe(false);
    expect(limiter.take('a', 60_000).allowed).toBe(true);
  });

  it('never asks to wait less than a second', () => {
    const limiter = new SlidingWindowLimiter(1);
    limiter.take('a', 0);
    expect(limiter.take('a', 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('keeps clients apart', () => {
    const limiter = new SlidingWindowLimiter(1);
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('b', 0).allowed).toBe(true);
    expect(limiter.take('a', 1).allowed).toBe(false);
  });

  it('stays bounded under a flood of addresses, forgetting idle clients first', () => {
    const limiter = new SlidingWindowLimiter(1, 60_000, 100);
    for (let i = 0; i < 1_000; i += 1) limiter.take(`flood-${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
    // The most recent client is still remembered.
    expect(limiter.take('flood-999', 1_000).allowed).toBe(false);
  });

  it('rejects a limit that is not a whole number of at least one', () => {
    expect(() => new SlidingWindowLimiter(0)).toThrow(RangeError);
    expect(() => new SlidingWindowLimiter(1.5)).toThrow(RangeError);
  });
});
