import { describe, expect, it } from 'vitest';
import { refusalLimiter, type RefusalSummary } from './refused-notifications.js';

const limits = { perSource: 2, recordedPerWindow: 3, sources: 3, windowMs: 60_000 };

function limiter() {
  let at = Date.parse('2026-12-01T10:00:00Z');
  const summaries: RefusalSummary[] = [];
  const limit = refusalLimiter(
    limits,
    () => new Date(at),
    (summary) => summaries.push(summary),
  );
  return { limit, summaries, advance: (ms: number) => (at += ms) };
}

describe('the limit on refused gateway notifications', () => {
  it('records a few per source, then answers 429 until the window ends, and logs what it did not record', () => {
    const { limit, summaries, advance } = limiter();
    expect([1, 2, 3, 4].map(() => limit.admit('a').action)).toEqual(['record', 'record', 'limit', 'limit']);
    advance(15_000);
    expect(limit.admit('a')).toEqual({ action: 'limit', retryAfterSeconds: 45 });
    expect(summaries).toEqual([]);
    advance(45_000);
    expect(limit.admit('a').action).toBe('record');
    expect(summaries).toEqual([{ unrecorded: 3, limited: 3, sources: 1 }]);
  });

  it('caps the rows of a window over all sources, and the sources it tracks', () => {
    const { limit } = limiter();
    expect(['a', 'b', 'c', 'c'].map((source) => limit.admit(source).action)).toEqual([
      'record',
      'record',
      'record',
      'count',
    ]);
    expect(limit.admit('d').action).toBe('limit');
  });
});
