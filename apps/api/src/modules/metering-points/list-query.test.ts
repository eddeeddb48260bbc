import { describe, expect, it } from 'vitest';
import { likePattern, listStatement, orderBy, type ListFilter } from './list-query.js';

const base: ListFilter = {
  userId: '018c0000-0000-7000-8000-000000000001',
  today: '2026-11-23',
  sort: 'nickname',
  order: 'asc',
  page: 3,
  pageSize: 20,
};

describe('the overview statement', () => {
  it('searches for %, _ and \\ literally', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });

  it('binds every value as a parameter, never into the SQL text', () => {
    const { sql, params } = listStatement({
      ...base,
      q: "x' OR 1=1 --",
      regions: ['BG', 'NS'],
      status: 'closed',
      overdue: true,
    });
    expect(sql).not.toContain('1=1');
    expect(params).toEqual([base.userId, '2026-11-23', "%x' or 1=1 --%", "%x' OR 1=1 --%", 'BG,NS', 40, 20]);
    expect(sql).toContain(`status = 'TERMINATED'`);
    expect(sql).toContain('overdue_amount > 0');
  });

  it('leaves out the filters that are not asked for', () => {
    const { sql, params } = listStatement(base);
    expect(params).toEqual([base.userId, '2026-11-23', 40, 20]);
    expect(sql).not.toMatch(/ILIKE|overdue_amount [>=]|TERMINATED/);
  });

  it('orders every sort stably, unnamed metering points and those without a bill last', () => {
    expect(orderBy('nickname', 'desc')).toMatch(
      /^\(nickname IS NULL\), \(SELECT .*lower\(nickname\).*\) DESC, .*id$/,
    );
    expect(orderBy('dueDate', 'asc')).toMatch(/^\(due_date IS NULL\), due_date ASC, .*id$/);
    expect(orderBy('balance', 'desc')).toMatch(/^balance DESC, .*id$/);
    expect(orderBy('address', 'asc')).toMatch(
      /^city ASC, \(SELECT .*lower\(street\).*\) ASC, ed_number ASC, id$/,
    );
  });
});
