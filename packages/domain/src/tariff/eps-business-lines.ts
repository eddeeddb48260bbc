// The tail of both EPS business layouts (seeds/001): fees, excise, VAT and the charge for the period.
import type { Para } from '../money.js';
import { exciseAndVatLines, subtotalLine } from './line-builders.js';
import type { BillLine } from './types.js';

/**
 * Where the fees and excise stand: seeds/001 predates them (its VAT base is 13+14+15), so their codes are
 * an assumption, placed between the supplier cost and the VAT base as on the 2026 household bill.
 */
export const businessFeeCodes = {
  renewablesFee: '15a',
  efficiencyFee: '15b',
  exciseBase: '15c',
  excise: '15d',
  vatBase: '16',
  vat: '17',
} as const;

/** Excise, VAT and the charge for the period (sum of the VAT base and the VAT). */
export function businessTaxLines(
  chargeLines: readonly BillLine[],
  rates: { exciseRate: string; vatRate: string },
  periodChargeCode: string,
): { lines: BillLine[]; periodCharge: Para } {
  const c = businessFeeCodes;
  const taxes = exciseAndVatLines(chargeLines, rates, {
    exciseBase: { code: c.exciseBase, description: 'Основица за акцизу' },
    excise: c.excise,
    vatBase: { code: c.vatBase, description: 'Основица за ПДВ' },
    vat: c.vat,
  });
  return {
    periodCharge: taxes.charge,
    lines: [
      ...taxes.lines,
      subtotalLine(periodChargeCode, 'period_charge', 'Задужење за обрачунски период', taxes.charge),
    ],
  };
}
