// The household of householdBill with solar panels on net metering: a prosumer bill with line 7.
import type { BillDetail } from '@portal/contract';
import { computeEpsHouseholdBill, epsHouseholdTariffs } from '@portal/domain';
import { householdBill } from './bill-fixtures.test-helpers.js';
import { accountOf, contractLine } from './fixture-account.test-helpers.js';

/** Taken VT 441 / NT 171, delivered VT 305, 20 VT brought forward; line 7 as billed, 1 403.71 RSD. */
export function prosumerBill(): BillDetail {
  const household = householdBill();
  const computed = computeEpsHouseholdBill({
    periodStart: household.periodStart,
    periodEnd: household.periodEnd,
    consumption: { vt: 441, nt: 171 },
    billingPowerKw: '11.04',
    tvFeeApplies: true,
    eBill: true,
    tariffs: epsHouseholdTariffs,
    prosumer: {
      delivered: { vt: 305, nt: 0 },
      surplusBroughtForward: { vt: 20, nt: 0 },
      distributionAccessBilled: 140371,
    },
  });
  const { taken, delivered, surplusBroughtForward, net, surplusCarriedForward } = computed.netMetering!;
  const kwh = (c: typeof taken, register: 'vt' | 'nt') => ('vt' in c ? c[register] : 0);
  return {
    ...household,
    consumption: {
      vt: kwh(net, 'vt'),
      nt: kwh(net, 'nt'),
      single: 0,
      green: computed.zoneTotals.GREEN,
      blue: computed.zoneTotals.BLUE,
      red: computed.zoneTotals.RED,
    },
    netMetering: {
      rows: (['vt', 'nt'] as const).map((register) => ({
        register,
        taken: kwh(taken, register),
        delivered: kwh(delivered, register),
        surplusIn: kwh(surplusBroughtForward, register),
        net: kwh(net, register),
        surplusOut: kwh(surplusCarriedForward, register),
      })),
      distributionAccess: 'as-billed',
    },
    lines: computed.lines.map(contractLine),
    ...accountOf(household, {
      periodCharge: computed.periodCharge,
      tvFee: computed.tvFee,
      previousDebt: '0.00',
      paymentsInPeriod: '0.00',
      interest: '0.00',
      onTimeDiscountOffer: computed.discountOffer,
    }),
  };
}
