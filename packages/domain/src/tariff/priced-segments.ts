// A period priced by the tariff versions in force: one segment per version, each with its own days,
// zone limits and share of the consumption.
import { splitConsumptionByDays, type Consumption } from './consumption.js';
import type { TariffRules } from './rules.js';
import type { TariffPart } from './tariff-periods.js';
import type { DatedTariff, EpsHouseholdTariff, EpsZonedTariff, Zone } from './types.js';
import {
  distributeOverZones,
  zoneLimitsFor,
  type BlockKwh,
  type ZoneConsumption,
  type ZoneLimits,
} from './zones.js';

export interface PricedSegment<T extends EpsZonedTariff = EpsHouseholdTariff> extends TariffPart<T> {
  limits: ZoneLimits;
  zones: ZoneConsumption[];
}

/** A part of the period with its share of the consumption, before any zones or bands. */
export interface ConsumptionSegment<T extends DatedTariff> extends TariffPart<T> {
  consumption: Consumption;
}

/** kWh of one zone (or band) over the whole period, by tariff */
export interface ZoneKwh {
  total: number;
  vt: number;
  nt: number;
  single: number;
}

/** Each part's share of the consumption, by its days (TariffRules.consumptionSplitAtPriceChange). */
export function shareConsumption<T extends DatedTariff>(
  parts: TariffPart<T>[],
  consumption: Consumption,
  rules: TariffRules,
): ConsumptionSegment<T>[] {
  const shares = splitConsumptionByDays(
    consumption,
    parts.map((p) => p.days),
    rules,
  );
  return parts.map((part, i) => ({ ...part, consumption: shares[i]! }));
}

export function priceSegments<T extends EpsZonedTariff>(
  parts: TariffPart<T>[],
  consumption: Consumption,
  rules: TariffRules,
): PricedSegment<T>[] {
  return shareConsumption(parts, consumption, rules).map(({ consumption: share, ...part }) => {
    const limits = zoneLimitsFor(part.tariff.zoneLimits, part.days, rules);
    return { ...part, limits, zones: distributeOverZones(share, limits, rules) };
  });
}

export function totalsByZone(segments: PricedSegment<EpsZonedTariff>[]): Record<Zone, ZoneKwh> {
  return totalsByBlock(
    segments.flatMap((s) => s.zones),
    ['GREEN', 'BLUE', 'RED'],
  );
}

/** kWh per block (zone, band) and tariff, summed over the parts of the period. */
export function totalsByBlock<K extends string>(
  blocks: readonly (BlockKwh & { zone: K })[],
  keys: readonly K[],
): Record<K, ZoneKwh> {
  const totals = Object.fromEntries(keys.map((k) => [k, { total: 0, vt: 0, nt: 0, single: 0 }])) as Record<
    K,
    ZoneKwh
  >;
  for (const z of blocks) {
    const t = totals[z.zone];
    t.total += z.kwh;
    if (z.vt === null) t.single += z.kwh;
    else {
      t.vt += z.vt;
      t.nt += z.nt!;
    }
  }
  return totals;
}
