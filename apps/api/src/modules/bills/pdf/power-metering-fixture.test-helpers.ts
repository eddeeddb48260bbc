// A workshop with power metering (seeds/001, "Kupci sa merenjem snage"): a meter constant of 40, maximum
// power, active energy VT/NT, reactive energy up to the cos φ 0.95 limit and the excess over it. The
// engine does not price this category yet, so the lines are computed here, each rounded half-up to the
// para as EPS does, excise and VAT on the rounded bases.
import type { BillDetail, BillLine } from '@portal/contract';
import { amountOf, formatRsd, percentOf } from '@portal/domain';
import { accountOf, belgrade, supplier } from './fixture-account.test-helpers.js';

const constant = 40;
const previous = { vt: 10234, nt: 5120, reactive: 3020 };
const current = { vt: 10540, nt: 5275, reactive: 3230, maxPower: '1.175' };
const kwhVt = (current.vt - previous.vt) * constant; // 12 240
const kwhNt = (current.nt - previous.nt) * constant; // 6 200
const kwh = kwhVt + kwhNt;
const kvarh = (current.reactive - previous.reactive) * constant; // 8 400
// tan φ at cos φ 0.95 is 0.3287: the reactive energy up to it is priced normally, the rest as excess.
const reactiveLimit = Math.round(kwh * 0.3287);
const reactiveExcess = Math.max(0, kvarh - reactiveLimit);

type Priced = Pick<BillLine, 'code' | 'kind' | 'description' | 'register' | 'unit'> & {
  quantity: string;
  unitPrice: string;
};

const priced: Priced[] = [
  {
    code: '1',
    kind: 'billing_power',
    description: 'Обрачунска снага',
    register: 'power',
    quantity: '47',
    unit: 'kW',
    unitPrice: '1195.5312',
  },
  {
    code: '2',
    kind: 'energy',
    description: 'Активна енергија ВТ',
    register: 'vt',
    quantity: String(kwhVt),
    unit: 'kWh',
    unitPrice: '9.8817',
  },
  {
    code: '3',
    kind: 'energy',
    description: 'Активна енергија НТ',
    register: 'nt',
    quantity: String(kwhNt),
    unit: 'kWh',
    unitPrice: '4.9409',
  },
  {
    code: '4',
    kind: 'reactive_energy',
    description: 'Реактивна енергија',
    register: 'reactive_vt',
    quantity: String(reactiveLimit),
    unit: 'kvarh',
    unitPrice: '0.6523',
  },
  {
    code: '5',
    kind: 'excess_reactive_energy',
    description: 'Прекомерна реактивна енергија',
    register: 'reactive_vt',
    quantity: String(reactiveExcess),
    unit: 'kvarh',
    unitPrice: '1.3046',
  },
  {
    code: '6',
    kind: 'metering_point_fee',
    description: 'Накнада за мерно место',
    register: null,
    quantity: '1',
    unit: 'month',
    unitPrice: '486.12',
  },
  {
    code: '7',
    kind: 'renewables_fee',
    description: 'Накнада за подстицај повлашћених произвођача',
    register: null,
    quantity: String(kwh),
    unit: 'kWh',
    unitPrice: '0.801',
  },
  {
    code: '8',
    kind: 'efficiency_fee',
    description: 'Накнада за унапређење енергетске ефикасности',
    register: null,
    quantity: String(kwh),
    unit: 'kWh',
    unitPrice: '0.015',
  },
];

function lines(): { lines: BillLine[]; periodCharge: number } {
  const charged = priced.map((p) => ({ ...p, amount: amountOf(p.quantity, p.unitPrice) }));
  const exciseBase = charged.reduce((acc, l) => acc + l.amount, 0);
  const excise = percentOf(exciseBase, '7.5');
  const vatBase = exciseBase + excise;
  const vat = percentOf(vatBase, '20');
  const periodCharge = vatBase + vat;
  const plain = {
    zone: null,
    register: null,
    quantity: null,
    unit: null,
    unitPrice: null,
    isSubtotal: false,
  };
  const all: Omit<BillLine, 'position'>[] = [
    ...charged.map((l) => ({ ...l, zone: null, amount: formatRsd(l.amount), isSubtotal: false })),
    {
      ...plain,
      code: '9',
      kind: 'excise_base',
      description: 'Основица за акцизу (1+2+3+4+5+6+7+8)',
      amount: formatRsd(exciseBase),
      isSubtotal: true,
    },
    {
      ...plain,
      code: '10',
      kind: 'excise',
      description: 'Акциза',
      quantity: '7.5',
      unit: '%',
      amount: formatRsd(excise),
    },
    {
      ...plain,
      code: '11',
      kind: 'vat_base',
      description: 'Основица за ПДВ (9+10)',
      amount: formatRsd(vatBase),
      isSubtotal: true,
    },
    {
      ...plain,
      code: '12',
      kind: 'vat',
      description: 'ПДВ',
      quantity: '20',
      unit: '%',
      amount: formatRsd(vat),
    },
    {
      ...plain,
      code: '13',
      kind: 'period_charge',
      description: 'Задужење за обрачунски период',
      amount: formatRsd(periodCharge),
      isSubtotal: true,
    },
  ];
  return { lines: all.map((l, i) => ({ ...l, position: i + 1 })), periodCharge };
}

export function powerMeteringBill(): BillDetail {
  const { lines: billLines, periodCharge } = lines();
  const base = {
    customer: {
      name: 'Металопрерада „Шумадија” д.о.о.',
      personType: 'legal' as const,
      deliveryAddress: { street: 'Индустријска зона бб', postalCode: '11400', city: 'Младеновац' },
    },
    billingNumber: '2011223344',
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
    kwh,
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
      approvedPowerKw: '60.00',
      billingPowerKw: '47.00',
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
        reactiveKvarh: previous.reactive,
      },
      current: {
        readOn: '2026-01-31',
        kind: 'read',
        vt: current.vt,
        nt: current.nt,
        single: null,
        maxPowerKw: current.maxPower,
        reactiveKvarh: current.reactive,
      },
    },
    consumption: { vt: kwhVt, nt: kwhNt, single: 0, green: 0, blue: 0, red: 0 },
    lines: billLines,
    ...accountOf(base, {
      periodCharge,
      tvFee: 0,
      previousDebt: '0.00',
      paymentsInPeriod: '0.00',
      interest: '0.00',
      onTimeDiscountOffer: 0,
    }),
    paidOn: null,
  };
}
