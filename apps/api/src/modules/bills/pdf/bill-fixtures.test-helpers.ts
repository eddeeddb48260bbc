// Three bills to render, one per EPS layout of seeds/001: a dual-rate household reaching the blue zone,
// a small business, a customer with power metering. The household and business lines come from the
// tariff engine, the power-metering lines are computed with the same rounding (power-metering-fixture),
// so in every fixture the lines add up to the charge for the period and the totals to the total to pay.
import type { BillDetail } from '@portal/contract';
import { computeEpsHouseholdBill, epsHouseholdTariffs } from '@portal/domain';
import { accountOf, belgrade, contractLine, supplier } from './fixture-account.test-helpers.js';

export { historyFor } from './fixture-account.test-helpers.js';
export { powerMeteringBill } from './power-metering-fixture.test-helpers.js';

/** Dual-rate household in Belgrade, 31 days, 612 kWh: green and blue zone, e-bill, TV fee. */
export function householdBill(): BillDetail {
  const computed = computeEpsHouseholdBill({
    periodStart: '2026-01-16',
    periodEnd: '2026-02-15',
    consumption: { vt: 441, nt: 171 },
    billingPowerKw: '11.04',
    tvFeeApplies: true,
    earnedDiscount: 24012,
    eBill: true,
    tariffs: epsHouseholdTariffs,
  });
  const base = {
    customer: {
      name: 'Љубица Ђорђевић',
      personType: 'natural' as const,
      deliveryAddress: { street: 'Ћирила и Методија 8', postalCode: '11000', city: 'Београд' },
    },
    billingNumber: '2034567891',
    contractHolder: null,
    periodStart: '2026-01-16',
    periodEnd: '2026-02-15',
  };
  return {
    underComplaint: false,
    currency: 'RSD',
    netMetering: null,
    id: '3f0c2f7e-6d1a-4c1b-9d55-0b6f1f6a9a01',
    number: '2602-0034567891',
    ...base,
    issueDate: '2026-02-20',
    dueDate: '2026-03-05',
    amountPaid: '0.00',
    status: 'unpaid',
    kwh: 612,
    notRead: false,
    layout: 'EPS_HOUSEHOLD',
    supplier,
    branch: belgrade.branch,
    region: belgrade.region,
    readingDate: '2026-02-15',
    days: computed.days,
    meteringPoint: {
      id: '7d2b7f2e-1c55-4a0e-8f43-2f1a6c9e0b11',
      edNumber: '1234567890',
      eic: '89ED1234567890AB',
      address: { street: 'Његошева 27, стан 14', postalCode: '11000', city: 'Београд' },
      category: 'household',
      rateType: 'dual',
      approvedPowerKw: '17.25',
      billingPowerKw: '11.04',
      contractNumber: '20-123456/2019',
    },
    meter: { serialNumber: '41203377', constant: '1' },
    readings: {
      previous: {
        readOn: '2026-01-15',
        kind: 'read',
        vt: 18230,
        nt: 9120,
        single: null,
        maxPowerKw: null,
        reactiveKvarh: null,
      },
      current: {
        readOn: '2026-02-15',
        kind: 'read',
        vt: 18671,
        nt: 9291,
        single: null,
        maxPowerKw: null,
        reactiveKvarh: null,
      },
    },
    consumption: {
      vt: 441,
      nt: 171,
      single: 0,
      green: computed.zoneTotals.GREEN,
      blue: computed.zoneTotals.BLUE,
      red: computed.zoneTotals.RED,
    },
    lines: computed.lines.map(contractLine),
    ...accountOf(base, {
      periodCharge: computed.periodCharge,
      tvFee: computed.tvFee,
      previousDebt: '4187.62',
      paymentsInPeriod: '4187.62',
      interest: '0.00',
      onTimeDiscountOffer: computed.discountOffer,
    }),
    paidOn: null,
  };
}

/** A bakery (small business, single-rate meter) in Zemun, 28 days, 1 386 kWh; a late payment left debt and interest. */
export function commercialBill(): BillDetail {
  const computed = computeEpsHouseholdBill({
    periodStart: '2026-01-19',
    periodEnd: '2026-02-15',
    consumption: { single: 1386 },
    billingPowerKw: '17.25',
    tvFeeApplies: false,
    eBill: false,
    tariffs: epsHouseholdTariffs,
  });
  const base = {
    customer: {
      name: 'Пекара „Зрно” д.о.о.',
      personType: 'legal' as const,
      deliveryAddress: { street: 'Цара Душана 112', postalCode: '11080', city: 'Земун' },
    },
    billingNumber: '2098765432',
    // the premises' owner is on the contract; the bakery, a tenant, is the account's customer and pays
    contractHolder: { name: 'Милорад Васић', personType: 'natural' as const },
    periodStart: '2026-01-19',
    periodEnd: '2026-02-15',
  };
  return {
    underComplaint: false,
    currency: 'RSD',
    netMetering: null,
    id: '5a1e4c2b-8f3d-4e6a-b7c9-1d2e3f4a5b60',
    number: '2602-0098765432',
    ...base,
    issueDate: '2026-02-19',
    dueDate: '2026-03-04',
    amountPaid: '0.00',
    status: 'unpaid',
    kwh: 1386,
    notRead: false,
    layout: 'EPS_COMMERCIAL',
    supplier,
    branch: belgrade.branch,
    region: belgrade.region,
    readingDate: '2026-02-15',
    days: computed.days,
    meteringPoint: {
      id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      edNumber: '5566778899',
      eic: '89ED5566778899XY',
      address: { street: 'Главна 21, локал 3', postalCode: '11080', city: 'Земун' },
      category: 'commercial',
      rateType: 'single',
      approvedPowerKw: '17.25',
      billingPowerKw: '17.25',
      contractNumber: '20-778899/2021',
    },
    meter: { serialNumber: '50918244', constant: '1' },
    readings: {
      previous: {
        readOn: '2026-01-18',
        kind: 'read',
        vt: null,
        nt: null,
        single: 84210,
        maxPowerKw: null,
        reactiveKvarh: null,
      },
      current: {
        readOn: '2026-02-15',
        kind: 'self_reading',
        vt: null,
        nt: null,
        single: 85596,
        maxPowerKw: null,
        reactiveKvarh: null,
      },
    },
    consumption: {
      vt: 0,
      nt: 0,
      single: 1386,
      green: computed.zoneTotals.GREEN,
      blue: computed.zoneTotals.BLUE,
      red: computed.zoneTotals.RED,
    },
    lines: computed.lines.map(contractLine),
    ...accountOf(base, {
      periodCharge: computed.periodCharge,
      tvFee: computed.tvFee,
      previousDebt: '31245.80',
      paymentsInPeriod: '20000.00',
      interest: '187.34',
      onTimeDiscountOffer: 0,
    }),
    paidOn: null,
  };
}
