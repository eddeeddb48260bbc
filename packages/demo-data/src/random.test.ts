import { describe, expect, it } from 'vitest';
import { Random, resetUuidSequence } from './random.js';

describe('Random', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    resetUuidSequence();
    const first = new Random(42).uuid();
    resetUuidSequence();
    expect(new Random(42).uuid()).toBe(first);
  });

  it('makes ids that sort in the order they were made', () => {
    const random = new Random(3);
    const ids = Array.from({ length: 1000 }, () => random.fork(1).uuid());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes well-formed version 7 UUIDs', () => {
    const random = new Random(7);
    for (let i = 0; i < 100; i++)
      expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('stays within bounds', () => {
    const random = new Random(1);
    for (let i = 0; i < 1000; i++) {
      const n = random.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
    }
  });
});
