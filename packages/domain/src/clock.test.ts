import { describe, expect, it } from 'vitest';
import { clockFrom, clockStartingAt, fixedClock, parseClockStart, systemClock } from './clock.js';

describe('clock', () => {
  it('starts at the given instant and runs at the real pace', () => {
    let real = Date.parse('2026-12-04T12:00:00Z');
    const base = { now: () => new Date(real) };
    const clock = clockStartingAt(new Date('2028-02-29T08:00:00Z'), base);
    expect(clock.now().toISOString()).toBe('2028-02-29T08:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2028-02-29T08:01:30.000Z');
  });

  it('reads CLOCK_START as a date or an ISO timestamp, and refuses days that do not exist', () => {
    expect(parseClockStart('2027-03-01')?.toISOString()).toBe('2027-03-01T08:00:00.000Z');
    expect(parseClockStart('2028-02-29')?.toISOString()).toBe('2028-02-29T08:00:00.000Z');
    expect(parseClockStart('2027-06-30T23:30:00+02:00')?.toISOString()).toBe('2027-06-30T21:30:00.000Z');
    for (const bad of ['2027-02-29', '2027-13-01', 'tomorrow', '2027-03-01T25:00Z', ''])
      expect(parseClockStart(bad)).toBeUndefined();
  });

  it('is the system clock without CLOCK_START', () => {
    expect(clockFrom(undefined)).toBe(systemClock);
    expect(clockFrom('2027-03-01').now().toISOString().slice(0, 10)).toBe('2027-03-01');
    expect(() => clockFrom('2027-02-30')).toThrow(/CLOCK_START/);
    expect(fixedClock('2027-01-01T00:00:00Z').now().getTime()).toBe(Date.parse('2027-01-01T00:00:00Z'));
  });
});
