import { describe, expect, it } from 'vitest';
import { dueBillReminders } from './bill-reminders.js';

const bill = { dueDate: '2026-03-15', total: 450_000, amountPaid: 0 };
const both = { daysBefore: 3, onDueDate: true };

describe('dueBillReminders', () => {
  it('reminds from N days before the due date up to the day before', () => {
    expect(dueBillReminders(bill, both, '2026-03-11')).toEqual([]);
    expect(dueBillReminders(bill, both, '2026-03-12')).toEqual(['before_due']);
    expect(dueBillReminders(bill, both, '2026-03-14')).toEqual(['before_due']);
  });

  it('reminds on the due date only, never after it', () => {
    expect(dueBillReminders(bill, both, '2026-03-15')).toEqual(['due_today']);
    expect(dueBillReminders(bill, both, '2026-03-16')).toEqual([]);
    expect(dueBillReminders(bill, both, '2027-01-01')).toEqual([]);
  });

  it('sends nothing for a settled bill, a bill of zero or a credit', () => {
    expect(dueBillReminders({ ...bill, amountPaid: 450_000 }, both, '2026-03-15')).toEqual([]);
    expect(dueBillReminders({ ...bill, total: 0 }, both, '2026-03-14')).toEqual([]);
    expect(dueBillReminders({ ...bill, total: -1_000 }, both, '2026-03-15')).toEqual([]);
  });

  it('still reminds of a partly paid bill', () => {
    expect(dueBillReminders({ ...bill, amountPaid: 100_000 }, both, '2026-03-13')).toEqual(['before_due']);
  });

  it('follows the settings', () => {
    expect(dueBillReminders(bill, { daysBefore: null, onDueDate: true }, '2026-03-14')).toEqual([]);
    expect(dueBillReminders(bill, { daysBefore: 3, onDueDate: false }, '2026-03-15')).toEqual([]);
    expect(dueBillReminders(bill, { daysBefore: 14, onDueDate: false }, '2026-03-01')).toEqual([
      'before_due',
    ]);
    expect(dueBillReminders(bill, { daysBefore: 1, onDueDate: false }, '2026-03-13')).toEqual([]);
  });

  it('counts calendar days across a month end', () => {
    const march = { ...bill, dueDate: '2026-03-02' };
    expect(dueBillReminders(march, both, '2026-02-27')).toEqual(['before_due']);
    expect(dueBillReminders(march, both, '2026-02-26')).toEqual([]);
  });
});
