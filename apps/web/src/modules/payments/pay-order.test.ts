import { describe, expect, it } from 'vitest';
import { byUrgency, filterPoints, noPayFilter, regionsOf } from './pay-order.js';
import { openBills } from './pay-test-fixtures.js';

const [house, shop] = openBills.meteringPoints;
const point = (id: string, change: Partial<typeof house>, dueDate = '2026-11-20', overdue = false) => ({
  ...house!,
  id,
  ...change,
  bills: [{ ...house!.bills[1]!, id: `${id}-bill`, number: `B-${id}`, dueDate, overdue }],
});

describe('the pay page for many metering points', () => {
  it('puts notices first, then overdue bills, then the nearest due date', () => {
    const later = point('later', {}, '2026-12-15');
    const sooner = point('sooner', {}, '2026-12-01');
    const overdue = point('overdue', {}, '2026-10-01', true);
    const notice = point('notice', { openNotice: true }, '2026-12-20');
    expect(byUrgency([later, sooner, overdue, notice]).map((p) => p.id)).toEqual([
      'notice',
      'overdue',
      'sooner',
      'later',
    ]);
  });

  it('finds points by address in either script, ED, billing or bill number, region and point', () => {
    const points = [house!, shop!];
    const find = (change: Partial<typeof noPayFilter>) =>
      filterPoints(points, { ...noPayFilter, ...change }).map((p) => p.id);
    expect(find({})).toEqual([house!.id, shop!.id]);
    expect(find({ text: 'trzni' })).toEqual([]);
    expect(find({ text: 'Tržni' })).toEqual([shop!.id]);
    expect(find({ text: 'тржни' })).toEqual([shop!.id]);
    expect(find({ text: '2000000002' })).toEqual([shop!.id]);
    expect(find({ text: '1002003' })).toEqual([house!.id]);
    expect(find({ text: '2026-10-777' })).toEqual([shop!.id]);
    expect(find({ regionId: 'BG' })).toEqual([house!.id]);
    expect(find({ meteringPointId: shop!.id, regionId: 'BG' })).toEqual([]);
    expect(regionsOf(points).map((r) => r.id)).toEqual(['BG', 'NS']);
  });
});
