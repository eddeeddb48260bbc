// A workshop with power metering (seeds/001, "Kupci sa merenjem snage"), priced by the tariff engine: a
// meter constant of 40, a maximum power above the approved one (excess power), active energy VT/NT, and
// reactive energy up to the cos φ 0.95 limit and the excess over it.
import type { BillDetail } from '@portal/contract';
import { computeEpsPowerMeteringBill, epsPowerMeteringTariffs } from '@portal/domain';
import { accountOf, belgrade, contractLine, supplier } from './fixture-account.test-helpers.js';

const constant = 40;
const previous = { vt: 10234, nt: 5120, reactiveVt: 2400, reactiveNt: 620 };
const current = { vt: 10540, nt: 5275, reactiveVt: 2560, reactiveNt: 670, maxPower: '1.175' };
const approvedPowerKw = '45';

function computed() {
  return computeEpsPowerMeteringBill({
    category: 'POWER_METERING',
    periodStart: '2026-01-01',
    periodEnd: '2026-01-31',
    approvedPowerKw,
    readings: {
      active: {
        vt: { previous: previous.vt, current: current.vt },
        nt: { previous: previous.nt, current: current.nt },
      },
      reactive: {
        vt: { previous: previous.reactiveVt, current: current.reactiveVt },
        nt: { previous: previous.reactiveNt, current: current.reactiveNt },
      },
      maxPower: current.maxPower,
    },
    meterConstant: constant,
    tariffs: epsPowerMeteringTariffs,
  });
}

export function powerMeteringBill(): BillDetail {
  const bill = computed();
  const { vt: kwhVt, nt: kwhNt } = bill.metered.active;
  const base = {
    customer: {
      name: 'Металопрерада „Шумадија” д.о.о.',
      personType: 'legal' as const,
      deliveryAddress: { street: 'Индустријска зона бб', postalCode: '11400', city: 'Младеновац' },
    },
    billingNumber: '2011223344',
    contractHolder: null,
    periodStart: '2026-01-01',
    periodEnd: '2026-01-31',
  };
  return {
    underComplaint: false,
    currency: 'RSD',
    netMetering: null,
    id: '0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b',
    number: '2601-0011223344',
    ...base,
    issueDate: '2026-02-06',
    dueDate: '2026-02-20',
    amountPaid: '0.00',
    status: 'unpaid',
    kwh: kwhVt + kwhNt,
    notRead: false,
    layout: 'EPS_POWER_METERING',
    supplier,
    branch: belgrade.branch,
    region: belgrade.region,
    readingDate: '2026-01-31',
    days: 31,
    meteringPoint: {
      id: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d',
      edNumber: '9988776655',
      eic: '89ED9988776655PM',
      address: { street: 'Индустријска зона бб, хала 2', postalCode: '11400', city: 'Младеновац' },
      category: 'power_metering',
      rateType: 'dual',
      approvedPowerKw: `${approvedPowerKw}.00`,
      billingPowerKw: `${approvedPowerKw}.00`,
      contractNumber: '20-445566/2018',
    },
    meter: { serialNumber: '70011234', constant: String(constant) },
    readings: {
      previous: {
        readOn: '2025-12-31',
        kind: 'read',
        vt: previous.vt,
        nt: previous.nt,
        single: null,
        maxPowerKw: null,
        // the portal keeps the two reactive registers added up
        reactiveKvarh: previous.reactiveVt + previous.reactiveNt,
      },
      current: {
        readOn: '2026-01-31',
        kind: 'read',
        vt: current.vt,
        nt: current.nt,
        single: null,
        maxPowerKw: current.maxPower,
        reactiveKvarh: current.reactiveVt + current.reactiveNt,
      },
    },
    consumption: { vt: kwhVt, nt: kwhNt, single: 0, green: 0, blue: 0, red: 0 },
    lines: bill.lines.map(contractLine),
    ...accountOf(base, {
      periodCharge: bill.periodCharge,
      tvFee: 0,
      previousDebt: '0.00',
      paymentsInPeriod: '0.00',
      interest: '0.00',
      onTimeDiscountOffer: 0,
    }),
    paidOn: null,
  };
}
