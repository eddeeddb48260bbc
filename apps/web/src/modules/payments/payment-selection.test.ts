import type { OpenBill } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import {
  checkAmount,
  debtBeyondBills,
  debtKey,
  groupState,
  hasPending,
  initialSelection,
  keepDebtsWithTheirBills,
  parseIdList,
  selectedDebts,
  selectedIds,
  selectedSum,
  selectedTotal,
  toggleBill,
  toggleDebt,
  toggleGroup,
} from './payment-selection.js';
import { nextPollDelay, pageCount, pollLimit, shownRange } from './paging.js';

const bill = (id: string, open: string): OpenBill => ({
  id,
  number: `N-${id}`,
  periodStart: '2026-09-01',
  periodEnd: '2026-09-30',
  dueDate: '2026-10-20',
  total: open,
  open,
  overdue: false,
});

const house = { id: 'mp-1', bills: [bill('a', '3596.13'), bill('b', '0.07')] };
const shop = { id: 'mp-2', bills: [bill('c', '1000.00')] };

describe('the chosen bills', () => {
  it('adds up what is open on the chosen bills exactly', () => {
    const all = [...house.bills, ...shop.bills];
    expect(selectedSum(all, new Set(['a', 'b', 'c']))).toBe('4596.20');
    expect(selectedSum(all, new Set(['b']))).toBe('0.07');
    expect(selectedSum(all, new Set())).toBe('0.00');
  });

  it('tells the metering point checkbox how many of its bills are chosen, and toggles them', () => {
    expect(groupState(house.bills, new Set(['a', 'b']))).toBe('all');
    expect(groupState(house.bills, new Set(['a', 'c']))).toBe('some');
    expect(groupState(house.bills, new Set(['c']))).toBe('none');
    expect([...toggleGroup(new Set(['c']), house.bills, true)].sort()).toEqual(['a', 'b', 'c']);
    expect([...toggleGroup(new Set(['a', 'c']), house.bills, false)]).toEqual(['c']);
    expect([...toggleBill(new Set(['a']), 'c', true)]).toEqual(['a', 'c']);
    expect([...toggleBill(new Set(['a']), 'a', false)]).toEqual([]);
  });

  it('preselects from the URL: bill ids, else a metering point, else nothing', () => {
    const groups = [house, shop];
    expect([...initialSelection(groups, { billIds: 'c,zz' })]).toEqual(['c']);
    expect([...initialSelection(groups, { billIds: ['b', 'c'] })]).toEqual(['b', 'c']);
    expect([...initialSelection(groups, { meteringPointId: 'mp-1' })]).toEqual(['a', 'b']);
    expect([...initialSelection(groups, {})]).toEqual([]);
    expect([...initialSelection(groups, { billIds: 'unknown' })]).toEqual([]);
    expect([...initialSelection(groups, { meteringPointId: 'unknown' })]).toEqual([]);
    expect(parseIdList([' a ,b', 'c', 7])).toEqual(['a', 'b', 'c']);
  });

  it('sends the chosen ids in the order of the page', () => {
    expect(selectedIds([house, shop], new Set(['c', 'a']))).toEqual(['a', 'c']);
  });

  it('notes a portal payment pending confirmation, not a zero one', () => {
    expect(hasPending({ pendingConfirmation: '120.00' })).toBe(true);
    expect(hasPending({ pendingConfirmation: '0.00' })).toBe(false);
  });
});

describe('the amount field', () => {
  it('allows a partial payment but not more than the chosen bills', () => {
    expect(checkAmount('1000', '4596.20', 'sr-Cyrl')).toEqual({ amount: '1000.00', problem: null });
    expect(checkAmount('4596,20', '4596.20', 'sr-Cyrl')).toEqual({ amount: '4596.20', problem: null });
    expect(checkAmount('4596,21', '4596.20', 'sr-Cyrl').problem).toBe('tooMuch');
    expect(checkAmount('0,00', '4596.20', 'sr-Cyrl').problem).toBe('zero');
    expect(checkAmount('x', '4596.20', 'en').problem).toBe('invalid');
    expect(checkAmount('  ', '4596.20', 'en').problem).toBe('required');
  });
});

describe('paging and polling', () => {
  it('counts pages and the rows shown', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(40, 20)).toBe(2);
    expect(pageCount(41, 20)).toBe(3);
    expect(shownRange(3, 20, 1)).toEqual({ from: 41, to: 41 });
    expect(shownRange(1, 20, 0)).toEqual({ from: 0, to: 0 });
  });

  it('asks every 2 seconds for about three minutes, then stops', () => {
    expect(nextPollDelay(0)).toBe(2000);
    expect(nextPollDelay(pollLimit - 2000)).toBe(2000);
    expect(nextPollDelay(pollLimit - 1999)).toBeNull();
  });
});

describe('times of card payments', async () => {
  const { formatDateTime } = await import('./payment-labels.js');
  it('are shown in Belgrade time', () => {
    expect(formatDateTime('2026-11-30T06:20:00.000Z', 'sr-Cyrl')).toBe('30.11.2026. 07:20');
    expect(formatDateTime('2026-07-01T22:05:00Z', 'en')).toBe('02/07/2026 00:05');
    expect(formatDateTime(null, 'en')).toBe('');
  });
});

describe('debtBeyondBills', () => {
  const bill = (open: string) => ({
    id: open,
    number: `R-${open}`,
    periodStart: '2026-09-01',
    periodEnd: '2026-09-30',
    dueDate: '2026-10-20',
    total: open,
    open,
    overdue: false,
  });

  it('is what the balance owes beyond the open bills, never below zero', () => {
    expect(debtBeyondBills({ balance: '17885.68', bills: [bill('4854.38'), bill('12923.77')] })).toBe(
      '107.53',
    );
    expect(debtBeyondBills({ balance: '107.53', bills: [] })).toBe('107.53');
    expect(debtBeyondBills({ balance: '100.00', bills: [bill('150.00')] })).toBe('0.00');
    expect(debtBeyondBills({ balance: '-20.00', bills: [] })).toBe('0.00');
  });
});

describe('the debt beyond bills on the pay page', () => {
  const owing = { ...house, balance: '4000.00' }; // 403.80 beyond its bills
  const debtOnly = { id: 'mp-3', bills: [], balance: '107.53' };
  const groups = [owing, { ...shop, balance: '1000.00' }, debtOnly];

  it('is chosen with its bills, and let go of when one of them is', () => {
    const chosen = toggleDebt(new Set(['c']), owing, true);
    expect([...chosen].sort()).toEqual(['a', 'b', 'c', debtKey('mp-1')]);
    expect(selectedDebts(groups, chosen)).toEqual(['mp-1']);
    expect(selectedTotal(groups, chosen)).toBe('5000.00');
    expect([...keepDebtsWithTheirBills(groups, toggleBill(chosen, 'b', false))].sort()).toEqual(['a', 'c']);
    expect([...toggleDebt(chosen, owing, false)].sort()).toEqual(['a', 'b', 'c']);
    // a point with no open bill: its debt alone
    const alone = keepDebtsWithTheirBills(groups, toggleDebt(new Set(), debtOnly, true));
    expect(selectedDebts(groups, alone)).toEqual(['mp-3']);
    expect(selectedTotal(groups, alone)).toBe('107.53');
  });

  it('is preselected with the bills of ?meteringPointId=, and never where nothing is owed beyond them', () => {
    expect([...initialSelection(groups, { meteringPointId: 'mp-1' })].sort()).toEqual([
      'a',
      'b',
      debtKey('mp-1'),
    ]);
    expect([...initialSelection(groups, { meteringPointId: 'mp-2' })]).toEqual(['c']);
    expect(selectedDebts(groups, new Set([debtKey('mp-2')]))).toEqual([]);
  });
});
