// One entry point for every bill layout the engine knows, so that a stored bill can be recomputed from
// its layout (bill.layout in the database) and the inputs of its period.
import { BillInputError } from './bill-input-error.js';
import {
  computeEpsCommercialBill,
  type EpsCommercialBill,
  type EpsCommercialBillInput,
} from './eps-business.js';
import {
  computeEpsHouseholdBill,
  type EpsHouseholdBill,
  type EpsHouseholdBillInput,
} from './eps-household.js';
import {
  computeEpsPowerMeteringBill,
  type EpsPowerMeteringBill,
  type EpsPowerMeteringBillInput,
} from './eps-power-metering.js';
import { computeEpcgBill, type EpcgBill, type EpcgBillInput } from './epcg.js';
import {
  computeErsHouseholdBill,
  type ErsHouseholdBill,
  type ErsHouseholdBillInput,
} from './ers-household.js';

/** The database's enum bill_layout. */
export type BillLayout = 'EPS_HOUSEHOLD' | 'EPS_COMMERCIAL' | 'EPS_POWER_METERING' | 'ERS_BANDS' | 'EPCG';

/** What each layout is computed from and what it gives.  */
export interface BillInputs {
  EPS_HOUSEHOLD: EpsHouseholdBillInput;
  EPS_COMMERCIAL: EpsCommercialBillInput;
  EPS_POWER_METERING: EpsPowerMeteringBillInput;
  ERS_BANDS: ErsHouseholdBillInput;
  EPCG: EpcgBillInput;
}
export interface ComputedBills {
  EPS_HOUSEHOLD: EpsHouseholdBill;
  EPS_COMMERCIAL: EpsCommercialBill;
  EPS_POWER_METERING: EpsPowerMeteringBill;
  ERS_BANDS: ErsHouseholdBill;
  EPCG: EpcgBill;
}
export type ComputableLayout = keyof BillInputs;

const engines: { [L in ComputableLayout]: (input: BillInputs[L]) => ComputedBills[L] } = {
  EPS_HOUSEHOLD: computeEpsHouseholdBill,
  EPS_COMMERCIAL: computeEpsCommercialBill,
  EPS_POWER_METERING: computeEpsPowerMeteringBill,
  ERS_BANDS: computeErsHouseholdBill,
  EPCG: computeEpcgBill,
};

/** The currency each layout is billed in: EPS in dinars, ERS in convertible marks, EPCG in euros. */
export type BillCurrency = 'RSD' | 'BAM' | 'EUR';
export const layoutCurrencies: Record<BillLayout, BillCurrency> = {
  EPS_HOUSEHOLD: 'RSD',
  EPS_COMMERCIAL: 'RSD',
  EPS_POWER_METERING: 'RSD',
  ERS_BANDS: 'BAM',
  EPCG: 'EUR',
};
export function currencyOfLayout(layout: BillLayout): BillCurrency {
  return layoutCurrencies[layout];
}

export function isComputableLayout(layout: string): layout is ComputableLayout {
  return Object.hasOwn(engines, layout);
}

/**
 * Every result has `lines` (the printed lines, subtotals flagged) and `total` (the sum of the lines that
 * are not subtotals). An unknown layout is refused with LAYOUT.
 */
export function computeBill<L extends ComputableLayout>(layout: L, input: BillInputs[L]): ComputedBills[L] {
  if (!isComputableLayout(layout)) {
    throw new BillInputError('LAYOUT', `no tariff engine for the bill layout "${String(layout)}"`);
  }
  return (engines[layout] as (input: BillInputs[L]) => ComputedBills[L])(input);
}
