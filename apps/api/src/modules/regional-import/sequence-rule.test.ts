import { describe, expect, it } from 'vitest';
import { decideSequence } from './sequence-rule.js';

const delta = (sequence: number, checksum = 'a') => ({ sequence, kind: 'DELTA' as const, checksum });
const full = (sequence: number, checksum = 'a') => ({ sequence, kind: 'FULL' as const, checksum });
const applied = (sequence: number, checksum = 'a') => ({ sequence, checksum });

describe('which export of a region applies', () => {
  it('applies the first export: a FULL at any sequence, a DELTA only as sequence 1', () => {
    expect(decideSequence(full(1), null, null).action).toBe('apply');
    expect(decideSequence(full(40), null, null).action).toBe('apply');
    expect(decideSequence(delta(1), null, null).action).toBe('apply');
    expect(decideSequence(delta(2), null, null).action).toBe('waiting');
  });

  it('applies the next sequence and lets a later one wait for the gap', () => {
    expect(decideSequence(delta(5), applied(4), null).action).toBe('apply');
    expect(decideSequence(delta(7), applied(4), null)).toEqual({
      action: 'waiting',
      reason: 'waiting for sequence 5: the last one applied is 4',
    });
  });

  it('applies an export once: the same content again changes nothing, other content is refused', () => {
    expect(decideSequence(delta(3, 'x'), applied(4), applied(3, 'x')).action).toBe('already_applied');
    expect(decideSequence(delta(3, 'y'), applied(4), applied(3, 'x')).action).toBe('refused');
  });

  it('refuses a FULL export after the first, and an export older than the history', () => {
    expect(decideSequence(full(5), applied(4), null).action).toBe('refused');
    expect(decideSequence(delta(2), applied(41), null).action).toBe('refused');
  });
});
