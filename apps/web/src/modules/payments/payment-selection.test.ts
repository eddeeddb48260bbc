import type { OpenBill } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import {
  amountInputText,
  checkAmount,
  debtBeyondBills,
  fromPara,
  groupState,
  hasPending,
  initialSelection,
  parseAmountInput,
  parseIdList,
  selectedIds,
  selectedSum,
  toggleBill,
  toggleGroup,
  toPara,
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

describe('amounts in para', () => {
  it('round-trips the contract amounts without floats', () => {
    expect(toPara('3596.13')).toBe(359613n);
    expect(toPara('0.1')).toBe(10n);
    expect(toPara('-12.50')).toBe(-1250n);
    expect(fromPara(359613n)).toBe('3596.13');
    expect(fromPara(7n)).toBe('0.07');
    expect(fromPara(-1250n)).toBe('-12.50');
    expect(fromPara(toPara('9999999999999.99'))).toBe('9999999999999.99');
  });
});

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
  it('shows the default in the language’s format', () => {
    expect(amountInputText('3596.13', 'sr-Cyrl')).toBe('3596,13');
    expect(amountInputText('3596.13', 'en')).toBe('3596.13');
  });

  it('reads Serbian and English amounts', () => {
    expect(parseAmountInput('1.234,56', 'sr-Cyrl')).toBe('1234.56');
    expect(parseAmountInput('1234,5', 'sr-Latn')).toBe('1234.50');
    expect(parseAmountInput('1234.56', 'sr-Cyrl')).toBe('1234.56');
    expect(parseAmountInput('1.234', 'sr-Cyrl')).toBe('1234.00');
    expect(parseAmountInput(' 500 дин.', 'sr-Cyrl')).toBe('500.00');
    expect(parseAmountInput('1,234.56', 'en')).toBe('1234.56');
    expect(parseAmountInput('RSD 20', 'en')).toBe('20.00');
    expect(parseAmountInput('12,345', 'en')).toBe('12345.00');
    for (const bad of ['', 'abc', '1,2,3', '1.234,567', '-5', '1e3', '12345678901234'])
      expect(parseAmountInput(bad, 'sr-Cyrl'), bad).toBeNull();
    expect(parseAmountInput('1,5', 'en')).toBeNull();
  });

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
