// Proof that the unified model holds the bills: each stored bill is recomputed by the tariff engine from
// its own readings and the tariff then in force, and must come out line for line as stored.
import {
  BillInputError,
  computeEpsCommercialBill,
  computeEpsHouseholdBill,
  epsCommercialTariffs,
  epsHouseholdTariffs,
  formatRsd,
  type Consumption,
  type MeterReadings,
  type ProsumerInput,
  type Para,
} from '@portal/domain';

interface RegisterValues {
  vtValue: number | null;
  ntValue: number | null;
  singleValue: number | null;
}

export interface StoredBill {
  id: string;
  number: string;
  layout: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  paidOn: string | null;
  onTimeDiscountOffer: Para;
  monthTotal: Para;
  lines: { code: string; kind: string; amount: Para }[];
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

const printed = (lines: { code: string; amount: Para }[]) =>
  lines.map((l) => `${l.code}:${formatRsd(l.amount)}`);

/**
 * Recomputes the bills of one metering point, oldest first: the on-time discount of each bill depends
 * on whether the one before it was paid by its due date. Prosumer bills (net metering, line 7) are
 * recomputed too. Layouts whose inputs the billing data does not carry yet (power metering, ERS, EPCG) are reported.
 */
export function reproduceBills(bills: readonly StoredBill[], terms: MeteringPointTerms): Mismatch[] {
  const mismatches: Mismatch[] = [];
  let previous: StoredBill | undefined;
  for (const bill of [...bills].sort((a, b) => (a.periodStart < b.periodStart ? -1 : 1))) {
    const fail = (reason: string) => mismatches.push({ billId: bill.id, number: bill.number, reason });
    const readings = readingsOf(bill);
    const paidOnTime = previous?.paidOn != null && previous.paidOn <= previous.dueDate;
    if (!readings) fail('the bill has no readings to compute it from');
    else if (bill.layout !== 'EPS_HOUSEHOLD' && bill.layout !== 'EPS_COMMERCIAL')
      fail(`no engine for ${bill.layout}`);
    else {
      const period = {
        periodStart: bill.periodStart,
        periodEnd: bill.periodEnd,
        readings,
        meterConstant: terms.meterConstant,
        billingPowerKw: terms.billingPowerKw,
      };
      const compute = () =>
        bill.layout === 'EPS_COMMERCIAL'
          ? {
              ...computeEpsCommercialBill({
                ...period,
                category: 'COMMERCIAL',
                tariffs: epsCommercialTariffs,
              }),
              discountOffer: 0,
            }
          : computeEpsHouseholdBill({
              ...period,
              tvFeeApplies: terms.tvFeeApplies,
              earnedDiscount: paidOnTime ? previous!.onTimeDiscountOffer : 0,
              eBill: terms.paperless,
              tariffs: epsHouseholdTariffs,
              ...(bill.netMetering ? { prosumer: prosumerOf(bill) } : {}),
            });
      let computed: ReturnType<typeof compute>;
      try {
        computed = compute();
      } catch (error) {
        if (!(error instanceof BillInputError)) throw error;
        fail(`the engine refuses its inputs: ${error.message}`);
        previous = bill;
        continue;
      }
      const netting = 'netMetering' in computed ? computed.netMetering : undefined;
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
