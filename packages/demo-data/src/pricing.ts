// Prices demo bills with the tariff engine, and writes the tariff versions it uses into the
// versioned tariff tables.
import {
  addDays,
  amountOf,
  computeEpcgBill,
  computeErsHouseholdBill,
  currencyOfLayout,
  epcgTariffs,
  ersHouseholdTariffs,
  computeEpsCommercialBill,
  computeEpsHouseholdBill,
  computeEpsPowerMeteringBill,
  epsCommercialTariffs,
  epsPowerMeteringTariffs,
  epsHouseholdTariffs,
  epsTariffRates,
  tvFees,
  type BillCurrency,
  type BillLayout,
  type BillLine,
  type Para,
  type PowerMetering,
} from '@portal/domain';
import type { Random } from './random.js';
import type { Sink } from './sink.js';

export interface PricingInput {
  category: 'HOUSEHOLD' | 'COMMERCIAL' | 'POWER_METERING';
  /** another supplier's layout; EPS's by the category when left out */
  layout?: 'ERS_BANDS' | 'EPCG' | undefined;
  /** EPCG: the previous bill was paid by the end of the month it was issued in (5% discount) */
  epcgDiscount?: boolean;
  periodStart: string;
  periodEnd: string;
  kwh: { vt: number; nt: number } | { single: number };
  billingPowerKw: string;
  approvedPowerKw?: string;
  /** power metering: what the meter measured in the period (`kwh` is then its active energy) */
  powerMetering?: PowerMetering;
  tvFeeApplies: boolean;
  earnedDiscount: Para;
  eBill: boolean;
  /** a prosumer: `kwh` is then the energy taken */
  prosumer?: { delivered: { vt: number; nt: number }; surplusIn: { vt: number; nt: number } };
}

export interface PricedBill {
  layout: BillLayout;
  currency: BillCurrency;
  lines: BillLine[];
  zones: { green: number; blue: number; red: number };
  periodCharge: Para;
  tvFee: Para;
  monthTotal: Para;
  discountOffer: Para;
  /** the kWh billed: the net for a prosumer */
  billedKwh: { vt: number; nt: number } | { single: number };
  /** a prosumer's surplus carried to the next period */
  surplusOut?: { vt: number; nt: number };
  /** the tariff version in force at the end of the period: `<code>:<validFrom>` */
  tariffVersionKey: string | null;
}

const noZones = { green: 0, blue: 0, red: 0 };

/**
 * ERS and EPCG bills: their own engines and currencies. They have no EPS zones, TV fee or on-time
 * discount offer, and their price lists are not in the tariff tables (no tariff version).
 */
function priceOtherLayout(input: PricingInput & { layout: 'ERS_BANDS' | 'EPCG' }): PricedBill {
  const period = { periodStart: input.periodStart, periodEnd: input.periodEnd, consumption: input.kwh };
  const bill =
    input.layout === 'ERS_BANDS'
      ? computeErsHouseholdBill({
          ...period,
          billingPowerKw: input.billingPowerKw,
          tariffs: ersHouseholdTariffs,
        })
      : computeEpcgBill({
          ...period,
          category: input.category === 'HOUSEHOLD' ? 'HOUSEHOLD' : 'BUSINESS',
          discount: input.category === 'HOUSEHOLD' && input.epcgDiscount ? 'regular' : 'none',
          tariffs: epcgTariffs,
        });
  return {
    layout: input.layout,
    currency: currencyOfLayout(input.layout),
    lines: bill.lines,
    zones: noZones,
    periodCharge: bill.periodCharge,
    tvFee: 0,
    monthTotal: bill.total,
    discountOffer: 0,
    billedKwh: input.kwh,
    tariffVersionKey: null,
  };
}

/**
 * Line 7 of the demo's prosumer bills, as their "billing system" bills it. Invented for the demo, not a
 * billing rule: the network tariff of prosumers is not in our sources (DOMAIN.md), so the engine takes
 * line 7 as billed; here RSD per kWh taken, VT 2.9047 and NT 0.7262, in the range of the published
 * household network charges.
 */
function demoDistributionAccess(taken: { vt: number; nt: number }): Para {
  return amountOf(taken.vt, '2.9047') + amountOf(taken.nt, '0.7262');
}

/**
 * Power metering ("potrošnja na niskom naponu"): no zones, TV fee or on-time discount; its price list is
 * not in the tariff tables (no tariff version), like ERS's and EPCG's.
 */
function pricePowerMetering(input: PricingInput, metered: PowerMetering): PricedBill {
  const bill = computeEpsPowerMeteringBill({
    category: 'POWER_METERING',
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    approvedPowerKw: input.approvedPowerKw ?? input.billingPowerKw,
    metered,
    tariffs: epsPowerMeteringTariffs,
  });
  return {
    layout: bill.layout,
    currency: currencyOfLayout(bill.layout),
    lines: bill.lines,
    zones: noZones,
    periodCharge: bill.periodCharge,
    tvFee: 0,
    monthTotal: bill.total,
    discountOffer: 0,
    billedKwh: metered.active,
    tariffVersionKey: null,
  };
}

/** Households on the household tariff; small businesses on "široka potrošnja" (no discount, no TV fee). */
export function priceBill(input: PricingInput): PricedBill {
  if (input.layout) return priceOtherLayout({ ...input, layout: input.layout });
  if (input.category === 'POWER_METERING') {
    if (!input.powerMetering) throw new Error('a power-metering bill needs what the meter measured');
    return pricePowerMetering(input, input.powerMetering);
  }
  const category = input.category;
  const period = {
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    consumption: input.kwh,
    billingPowerKw: input.billingPowerKw,
  };
  const bill =
    category === 'COMMERCIAL'
      ? computeEpsCommercialBill({ ...period, category: 'COMMERCIAL', tariffs: epsCommercialTariffs })
      : computeEpsHouseholdBill({
          ...period,
          tvFeeApplies: input.tvFeeApplies,
          earnedDiscount: input.earnedDiscount,
          eBill: input.eBill,
          tariffs: epsHouseholdTariffs,
          ...(input.prosumer && 'vt' in input.kwh
            ? {
                prosumer: {
                  delivered: input.prosumer.delivered,
                  surplusBroughtForward: input.prosumer.surplusIn,
                  distributionAccessBilled: demoDistributionAccess(input.kwh),
                },
              }
            : {}),
        });
  const tariff = bill.segments[bill.segments.length - 1]!.tariff;
  const layout = category === 'COMMERCIAL' ? 'EPS_COMMERCIAL' : 'EPS_HOUSEHOLD';
  const surplusOut = 'netMetering' in bill ? bill.netMetering?.surplusCarriedForward : undefined;
  return {
    layout,
    currency: currencyOfLayout(layout),
    lines: bill.lines,
    billedKwh: bill.consumption,
    ...(surplusOut && 'vt' in surplusOut ? { surplusOut } : {}),
    zones: { green: bill.zoneTotals.GREEN, blue: bill.zoneTotals.BLUE, red: bill.zoneTotals.RED },
    periodCharge: bill.periodCharge,
    tvFee: 'tvFee' in bill ? bill.tvFee : 0,
    monthTotal: bill.total,
    discountOffer: 'discountOffer' in bill ? bill.discountOffer : 0,
    tariffVersionKey: `${tariff.code}:${tariff.validFrom}`,
  };
}

/** Writes the EPS tariff versions and the TV fee table; returns the ids by `<code>:<validFrom>`. */
export function tariffRows(random: Random, sink: Sink): Map<string, string> {
  const ids = new Map<string, string>();
  for (const tariff of [...epsHouseholdTariffs, ...epsCommercialTariffs]) {
    const id = random.uuid();
    ids.set(`${tariff.code}:${tariff.validFrom}`, id);
    sink.add('tariffVersion', [id, tariff.code, tariff.validFrom, tariff.validTo, tariff.source]);
    for (const rate of epsTariffRates(tariff)) {
      sink.add('tariffRate', [id, rate.component, rate.zone, rate.register, rate.key, rate.value, rate.unit]);
    }
  }
  tvFees.forEach((fee, i) => {
    const id = random.uuid();
    const validTo = tvFees[i + 1] ? addDays(tvFees[i + 1]!.validFrom, -1) : null;
    sink.add('tariffVersion', [id, 'TV_FEE', fee.validFrom, validTo, 'Zakon o javnim medijskim servisima']);
    sink.add('tariffRate', [id, 'tv_fee', null, null, 'tv_fee', fee.value, 'RSD/month']);
  });
  return ids;
}
