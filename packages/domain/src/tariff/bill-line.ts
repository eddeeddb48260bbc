// One printed line of an EPS household bill, and the words EPS prints on it.
import type { BillLine, Register, Zone } from './types.js';

export const zoneNames: Record<Zone, string> = {
  GREEN: 'Зелена зона',
  BLUE: 'Плава зона',
  RED: 'Црвена зона',
};
export const registerNames: Record<Register, string> = { VT: 'ВТ', NT: 'НТ', SINGLE: 'ЈТ' };

export function billLine(
  partial: Omit<BillLine, 'zone' | 'register' | 'quantity' | 'unit' | 'unitPrice' | 'isSubtotal'> &
    Partial<BillLine>,
): BillLine {
  return {
    zone: null,
    register: null,
    quantity: null,
    unit: null,
    unitPrice: null,
    isSubtotal: false,
    ...partial,
  };
}

/** The sum of the amount lines (subtotals excluded): what the lines so far add up to. */
export function sum(lines: readonly BillLine[]): number {
  return lines.filter((l) => !l.isSubtotal).reduce((acc, l) => acc + l.amount, 0);
}
