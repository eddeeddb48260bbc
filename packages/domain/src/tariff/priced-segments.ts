// A period priced by the tariff versions in force: one segment per version, each with its own days,
// zone limits and share of the consumption.
import { splitConsumptionByDays, type Consumption } from './consumption.js';
import type { TariffRules } from './rules.js';
import type { TariffPart } from './tariff-periods.js';
import type { Zone } from './types.js';
import { distributeOverZones, zoneLimitsFor, type ZoneConsumption, type ZoneLimits } from './zones.js';

export interface PricedSegment extends TariffPart {
  limits: ZoneLimits;
  zones: ZoneConsumption[];
}

/** kWh of one zone over the whole period, by tariff */
export interface ZoneKwh {
  total: number;
  vt: number;
  nt: number;
  single: number;
}

export function priceSegments(
  parts: TariffPart[],
  consumption: Consumption,
  rules: TariffRules,
): PricedSegment[] {
  const shares = splitConsumptionByDays(
    consumption,
    parts.map((p) => p.days),
    rules,
  );
  return parts.map((part, i) => {
    const limits = zoneLimitsFor(part.tariff.zoneLimits, part.days, rules);
    return { ...part, limits, zones: distributeOverZones(shares[i]!, limits, rules) };
  });
}

export function totalsByZone(segments: PricedSegment[]): Record<Zone, ZoneKwh> {
  const empty = (): ZoneKwh => ({ total: 0, vt: 0, nt: 0, single: 0 });
  const totals: Record<Zone, ZoneKwh> = { GREEN: empty(), BLUE: empty(), RED: empty() };
  for (const z of segments.flatMap((s) => s.zones)) {
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
