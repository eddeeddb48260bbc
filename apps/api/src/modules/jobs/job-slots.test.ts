import { describe, expect, it } from 'vitest';
import { slotJobId, slotOf } from './job-slots.js';

const at = (iso: string) => new Date(iso);

describe('slotOf', () => {
  it('names the nearest slot, so that clocks a little apart agree', () => {
    const every = { everySeconds: 300 };
    for (const time of ['2026-12-07T10:04:59.000Z', '2026-12-07T10:05:00.000Z', '2026-12-07T10:06:29.000Z'])
      expect(slotOf(every, at(time))).toEqual(at('2026-12-07T10:05:00.000Z'));
    expect(slotOf(every, at('2026-12-07T10:07:31.000Z'))).toEqual(at('2026-12-07T10:10:00.000Z'));
  });

  it('takes a cron schedule to the nearest minute', () => {
    const cron = { cron: '30 2 * * *', timezone: 'Europe/Belgrade' };
    expect(slotOf(cron, at('2026-12-07T01:29:59.700Z'))).toEqual(at('2026-12-07T01:30:00.000Z'));
    expect(slotOf(cron, at('2026-12-07T01:30:00.250Z'))).toEqual(at('2026-12-07T01:30:00.000Z'));
  });
});

describe('slotJobId', () => {
  it('is one UUID per job, slot and key, the same in every process', () => {
    const slot = at('2026-12-07T10:05:00.000Z');
    const id = slotJobId('payment-reconciliation', slot);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(slotJobId('payment-reconciliation', new Date(slot))).toBe(id);
    const others = [
      slotJobId('mail-outbox', slot),
      slotJobId('payment-reconciliation', at('2026-12-07T10:10:00.000Z')),
      slotJobId('payment-reconciliation', slot, 'BG'),
    ];
    expect(new Set([id, ...others]).size).toBe(4);
  });
});
