import { describe, expect, it } from 'vitest';
import { openDunningNoticeSchema } from '../metering-points/metering-points.schemas.js';
import { dunningNoticeListResponse, dunningNoticeSchema } from './notices.schemas.js';

const notice = {
  id: '018c0000-0000-7000-8000-000000000001',
  kind: 'warning_before_disconnection',
  number: 'UO-20261101-1234567',
  issuedOn: '2026-11-01',
  deliveredOn: null,
  debtDate: '2026-10-31',
  debtAmount: '12345.67',
  deadline: '2026-11-16',
  status: 'open',
  settledOn: null,
};

describe('dunning notice schemas', () => {
  it('accepts a notice, and an open one is also the overview notice', () => {
    const supplier = { id: 'eps', name: 'ЕПС', address: null, pib: null, website: null, paymentNote: null };
    const list = { items: [notice], supplier, currency: 'RSD' };
    expect(dunningNoticeListResponse.parse(list).items[0]).toEqual(notice);
    expect(dunningNoticeListResponse.safeParse({ ...list, currency: 'USD' }).success).toBe(false);
    expect(openDunningNoticeSchema.parse(notice)).toMatchObject({ id: notice.id, kind: notice.kind });
  });

  it('refuses other kinds and statuses and float amounts', () => {
    expect(dunningNoticeSchema.safeParse({ ...notice, kind: 'REMINDER_BEFORE_ENFORCEMENT' }).success).toBe(
      false,
    );
    expect(dunningNoticeSchema.safeParse({ ...notice, status: 'paid' }).success).toBe(false);
    expect(dunningNoticeSchema.safeParse({ ...notice, debtAmount: '12345.6' }).success).toBe(false);
  });
});
