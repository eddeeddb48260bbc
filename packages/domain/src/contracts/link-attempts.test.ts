import { describe, expect, it } from 'vitest';
import { defaultLinkAttemptRules, linkRetryAfterSeconds } from './link-attempts.js';

const now = new Date('2026-11-23T10:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const none = { count: 0, oldest: null };

describe('linkRetryAfterSeconds', () => {
  it('allows an attempt while both windows have room', () => {
    expect(linkRetryAfterSeconds(now, { count: 9, oldest: ago(60) }, { count: 9, oldest: ago(30) })).toBe(0);
  });

  it('waits until the oldest failure of a full window leaves it', () => {
    // 10 failures of this account, the oldest 20 hours ago: 4 hours to wait
    expect(linkRetryAfterSeconds(now, { count: 10, oldest: ago(20 * 60) }, none)).toBe(4 * 3600);
    // 10 failures from this address, the oldest 45 minutes ago: 15 minutes
    expect(linkRetryAfterSeconds(now, none, { count: 10, oldest: ago(45) })).toBe(15 * 60);
  });

  it('takes the longer wait when both windows are full', () => {
    // the account's window frees up in 60 minutes, the address's in 59
    expect(
      linkRetryAfterSeconds(now, { count: 12, oldest: ago(23 * 60) }, { count: 10, oldest: ago(1) }),
    ).toBe(60 * 60);
  });

  it('uses the limits of the issue: 10 a day per account, 10 an hour per address', () => {
    expect(defaultLinkAttemptRules).toEqual({
      maxFailuresPerUser: 10,
      userWindowMs: 86_400_000,
      maxFailuresPerIp: 10,
      ipWindowMs: 3_600_000,
    });
  });
});
