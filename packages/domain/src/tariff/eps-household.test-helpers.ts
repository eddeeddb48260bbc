// Fixtures shared by the EPS household bill tests.
import { formatRsd } from '../money.js';
import type { EpsHouseholdBillBase } from './eps-household.js';
import { epsHouseholdTariffs } from './eps-tariffs.js';

/** A 6.90 kW household with TV fee and a paper bill: the seeds' example customer. */
export const householdBase: Omit<EpsHouseholdBillBase, 'periodStart' | 'periodEnd'> = {
  billingPowerKw: '6.90',
  tvFeeApplies: true,
  eBill: false,
  tariffs: epsHouseholdTariffs,
};

/** code -> amounts as printed, for compact expectations */
export const printed = (lines: { code: string; amount: number }[]) =>
  lines.map((l) => `${l.code}:${formatRsd(l.amount)}`);
