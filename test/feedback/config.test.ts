import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FEEDBACK_RATE_LIMIT, feedbackDbPath, feedbackRateLimit } from '../../lib/config';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('feedback configuration', () => {
  it('keeps the database in ./data/feedback.sqlite unless FEEDBACK_DB says otherwise', () => {
    vi.stubEnv('FEEDBACK_DB', '');
    expect(feedbackDbPath()).toBe(path.join(process.cwd(), 'data', 'feedback.sqlite'));
    vi.stubEnv('FEEDBACK_DB', '/var/lib/mailguide/votes.sqlite');
    expect(feedbackDbPath()).toBe('/var/lib/mailguide/votes.sqlite');
  });

  it('reads FEEDBACK_RATE_LIMIT as votes per minute, 0 switching the limit off', () => {
    vi.stubEnv('FEEDBACK_RATE_LIMIT', '');
    expect(feedbackRateLimit()).toBe(DEFAULT_FEEDBACK_RATE_LIMIT);
    vi.stubEnv('FEEDBACK_RATE_LIMIT', '5');
    expect(feedbackRateLimit()).toBe(5);
    vi.stubEnv('FEEDBACK_RATE_LIMIT', '0');
    expect(feedbackRateLimit()).toBe(0);
  });

  it('keeps the default, with a warning, when FEEDBACK_RATE_LIMIT is not a whole number', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('FEEDBACK_RATE_LIMIT', 'ten');
    expect(feedbackRateLimit()).toBe(DEFAULT_FEEDBACK_RATE_LIMIT);
    vi.stubEnv('FEEDBACK_RATE_LIMIT', '-1');
    expect(feedbackRateLimit()).toBe(DEFAULT_FEEDBACK_RATE_LIMIT);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
