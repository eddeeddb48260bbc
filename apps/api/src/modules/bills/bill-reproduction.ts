// Proof that the unified model holds the bills: each stored bill is recomputed by the tariff engine of
// its layout from its own readings and the tariff then in force, and must come out line for line as stored.
import {
  BillInputError,
  computeEpcgBill,
  computeEpsCommercialBill,
  computeEpsHouseholdBill,
  computeEpsPowerMeteringBill,
  computeErsHouseholdBill,
  epcgDiscountEarned,
  epcgTariffs,
  epsCommercialTariffs,
  epsHouseholdTariffs,
  epsPowerMeteringTariffs,
  ersHouseholdTariffs,
  formatRsd,
  type BillLine,
  type Consumption,
  type MeterReadings,
  type ProsumerInput,
  type Para,
} from '@portal/domain';
import { powerMeteredOf, type PowerMeteringReading } from './power-metering-reproduction.js';

interface RegisterValues extends PowerMeteringReading {
  vtValue: number | null;
  ntValue: number | null;
  singleValue: number | null;
}

export interface StoredLine {
  code: string;
  kind: string;
  /** as the database spells it: VT, REACTIVE_VT, POWER ... */
  register?: string | null;
  quantity: string | null;
  amount: Para;
}

export interface StoredBill {
  id: string;
  number: string;
  layout: string;
  periodStart: string;
  periodEnd: string;
  issueDate: string;
  dueDate: string;
  paidOn: string | null;
  onTimeDiscountOffer: Para;
  monthTotal: Para;
  lines: StoredLine[];
  /** the bill's kWh per tariff (after the meter constant), for a bill not linked to its readings */
  kwh: { vt: number; nt: number; single: number };
  previousReading: RegisterValues | null;
  currentReading: RegisterValues | null;
  /** a prosumer's bill: kWh taken, delivered and brought forward as billed (dual-rate or single) */
  netMetering?: StoredNetMetering | null;
}

export interface StoredNetMetering {
  taken: Consumption;
  delivered: Consumption;
  surplusBroughtForward: Consumption;
}

export interface MeteringPointTerms {
  category: 'HOUSEHOLD' | 'COMMERCIAL' | 'POWER_METERING';
  /** power metering: the measured maximum above it is excess power */
  approvedPowerKw: string;
  billingPowerKw: string;
  tvFeeApplies: boolean;
  meterConstant: number;
  paperless: boolean;
}

export interface Mismatch {
  billId: string;
  number: string;
  reason: string;
}

function readingsOf(bill: StoredBill): MeterReadings | null {
  const previous = bill.previousReading;
  const current = bill.currentReading;
  if (!previous || !current) return null;
  if (previous.singleValue !== null && current.singleValue !== null) {
    return { single: { previous: previous.singleValue, current: current.singleValue } };
  }
  if (
    previous.vtValue === null ||
    previous.ntValue === null ||
    current.vtValue === null ||
    current.ntValue === null
  ) {
    return null;
  }
  return {
    vt: { previous: previous.vtValue, current: current.vtValue },
    nt: { previous: previous.ntValue, current: current.ntValue },
  };
}

/**
 * A prosumer's bill is recomputed from what was delivered and brought forward, with line 7 as billed
 * unless a published price covers the period (prosumer.ts); the readings must give the energy taken.
 */
function prosumerOf(bill: StoredBill): ProsumerInput | undefined {
  if (!bill.netMetering) return undefined;
  const line7 = bill.lines.find((l) => l.kind === 'distribution_access');
  return {
    delivered: bill.netMetering.delivered,
    surplusBroughtForward: bill.netMetering.surplusBroughtForward,
    ...(line7 ? { distributionAccessBilled: line7.amount } : {}),
  };
}

const sameKwh = (a: Consumption | undefined, b: Consumption) => JSON.stringify(a) === JSON.stringify(b);

const printed = (lines: readonly { code: string; amount: Para }[]) =>
  lines.map((l) => `${l.code}:${formatRsd(l.amount)}`);

interface Computed {
  lines: readonly BillLine[];
  total: Para;
  discountOffer: Para;
  /** a prosumer's bill: what the engine made of the energy taken */
  netMetering?: { taken: Consumption } | null;
}

/** What a bill's energy is computed from: its readings, or the kWh it states when they are not linked. */
type Metered = { readings: MeterReadings; meterConstant: number } | { consumption: Consumption };

interface Context {
  bill: StoredBill;
  previous: StoredBill | undefined;
  metered: Metered;
  terms: MeteringPointTerms;
}

/** A stored line's amount, for the inputs a bill carries as billed (common consumption, corrections). */
const billed = (bill: StoredBill, code: string) => bill.lines.find((l) => l.code === code);

// Each layout from the inputs of its period; what the billing data does not carry (an EPCG correction,
// the subsidy list, a building's common consumption) is taken as the stored bill has it.
const engines: Record<string, (c: Context) => Computed> = {
  EPS_HOUSEHOLD: ({ bill, previous, metered, terms }) =>
    computeEpsHouseholdBill({
      ...period(bill, metered, terms),
      tvFeeApplies: terms.tvFeeApplies,
      earnedDiscount:
        previous?.paidOn != null && previous.paidOn <= previous.dueDate ? previous.onTimeDiscountOffer : 0,
      eBill: terms.paperless,
      tariffs: epsHouseholdTariffs,
      ...(bill.netMetering ? { prosumer: prosumerOf(bill) } : {}),
    }),
  EPS_POWER_METERING: ({ bill, metered, terms }) => ({
    ...computeEpsPowerMeteringBill({
      category: 'POWER_METERING',
      periodStart: bill.periodStart,
      periodEnd: bill.periodEnd,
      approvedPowerKw: terms.approvedPowerKw,
      metered: powerMeteredOf(
        bill.lines,
        'readings' in metered
          ? { ...metered, previous: bill.previousReading!, current: bill.currentReading! }
          : metered,
      ),
      tariffs: epsPowerMeteringTariffs,
    }),
    discountOffer: 0,
  }),
  EPS_COMMERCIAL: ({ bill, metered, terms }) => ({
    ...computeEpsCommercialBill({
      ...period(bill, metered, terms),
      category: 'COMMERCIAL',
      tariffs: epsCommercialTariffs,
    }),
    discountOffer: 0,
  }),
  ERS_BANDS: ({ bill, metered, terms }) => ({
    ...computeErsHouseholdBill({
      ...period(bill, metered, terms),
      commonConsumption: billed(bill, '21')?.amount ?? 0,
      tariffs: ersHouseholdTariffs,
    }),
    discountOffer: 0,
  }),
  EPCG: ({ bill, previous, metered, terms }) => {
    const household = terms.category === 'HOUSEHOLD';
    const discount = billed(bill, '31');
    return {
      ...computeEpcgBill({
        periodStart: bill.periodStart,
        periodEnd: bill.periodEnd,
        ...metered,
        category: household ? 'HOUSEHOLD' : 'BUSINESS',
        ...(billed(bill, '10') ? { billingPowerKw: terms.billingPowerKw } : {}),
        // the 10% "Golden Team" list is not in the billing data: as billed; the 5% by its rule
        discount: !household
          ? 'none'
          : discount?.quantity === '10'
            ? 'golden_team'
            : epcgDiscountEarned(previous)
              ? 'regular'
              : 'none',
        socialSubsidy: billed(bill, '33') !== undefined,
        correction: billed(bill, '32')?.amount ?? 0,
        commonConsumption: billed(bill, '21')?.amount ?? 0,
        tariffs: epcgTariffs,
      }),
      discountOffer: 0,
    };
  },
};

function period(bill: StoredBill, metered: Metered, terms: MeteringPointTerms) {
  return {
    periodStart: bill.periodStart,
    periodEnd: bill.periodEnd,
    ...metered,
    billingPowerKw: terms.billingPowerKw,
  };
}

// The regional exports do not link a bill to its readings (REGIONAL-EXPORTS.md): an imported bill is
// recomputed from the kWh per tariff its record states (a prosumer's: the energy taken, the net is billed).
function meteredOf(bill: StoredBill, terms: MeteringPointTerms): Metered | null {
  const readings = readingsOf(bill);
  if (readings) return { readings, meterConstant: terms.meterConstant };
  if (bill.netMetering) return { consumption: bill.netMetering.taken };
  const { vt, nt, single } = bill.kwh;
  if (vt + nt + single === 0) return null;
  return { consumption: single > 0 ? { single } : { vt, nt } };
}

/** The layouts whose stored bills can be recomputed: all of them. */
export const reproducibleLayouts = Object.keys(engines);

/**
 * Recomputes the bills of one metering point, oldest first: a bill's discount depends on whether the one
 * before it was paid in time. Prosumer bills (net metering, line 7) are recomputed too, and power-metering
 * ones from what power-metering-reproduction.ts takes of their readings and lines.
 */
export function reproduceBills(bills: readonly StoredBill[], terms: MeteringPointTerms): Mismatch[] {
  const mismatches: Mismatch[] = [];
  let previous: StoredBill | undefined;
  for (const bill of [...bills].sort((a, b) => (a.periodStart < b.periodStart ? -1 : 1))) {
    const fail = (reason: string) => mismatches.push({ billId: bill.id, number: bill.number, reason });
    const metered = meteredOf(bill, terms);
    const engine = engines[bill.layout];
    if (!metered) fail('the bill has neither readings nor kWh to compute it from');
    else if (!engine) fail(`no engine for ${bill.layout}`);
    else {
      let computed: Computed;
      try {
        computed = engine({ bill, previous, metered, terms });
      } catch (error) {
        if (!(error instanceof BillInputError)) throw error;
        fail(`the engine refuses its inputs: ${error.message}`);
        previous = bill;
        continue;
      }
      const netting = computed.netMetering ?? undefined;
      const expected = printed(computed.lines).join(' ');
      const stored = printed(bill.lines).join(' ');
      if (bill.netMetering && !sameKwh(netting?.taken, bill.netMetering.taken)) {
        fail(`energy taken differs: the readings give ${JSON.stringify(netting?.taken)}`);
      } else if (expected !== stored) fail(`lines differ: computed ${expected}, stored ${stored}`);
      else if (computed.total !== bill.monthTotal) {
        fail(`total differs: computed ${formatRsd(computed.total)}, stored ${formatRsd(bill.monthTotal)}`);
      } else if (computed.discountOffer !== bill.onTimeDiscountOffer) {
        fail(`on-time discount offer differs: computed ${formatRsd(computed.discountOffer)}`);
      }
    }
    previous = bill;
  }
  return mismatches;
}
