// Green, blue and red zones: the first kWh of a period are green up to the green limit, then blue up to
// the blue limit, the rest red; limits are per 30 days and move with the period's days.
import { divideRounded } from '../decimal.js';
import { defaultTariffRules, scaleZoneLimit, splitProportionally, type TariffRules } from './rules.js';
import type { Zone } from './types.js';

export interface ZoneConsumption {
  zone: Zone;
  kwh: number;
  /** VT and NT within the zone (dual-rate meters); null for single-rate */
  vt: number | null;
  nt: number | null;
}

export interface ZoneLimits {
  /** upper limit of the green zone for the period, kWh */
  green: number;
  /** upper limit of the blue zone for the period, kWh */
  blue: number;
}

export function zoneLimitsFor(
  limits30: { green: number; blue: number },
  days: number,
  rules: TariffRules = defaultTariffRules,
): ZoneLimits {
  return {
    green: scaleZoneLimit(limits30.green, days, rules),
    blue: scaleZoneLimit(limits30.blue, days, rules),
  };
}

function vtPerZone(vt: number, zoneKwh: readonly number[], rules: TariffRules): number[] {
  if (rules.tariffSplitRounding === 'cumulative') return splitProportionally(vt, zoneKwh);
  const total = zoneKwh.reduce((a, b) => a + b, 0);
  return zoneKwh.map((kwh) => (total === 0 ? 0 : Number(divideRounded(BigInt(vt * kwh), BigInt(total)))));
}

/**
 * Distributes a period's consumption over the zones, and for dual-rate meters the VT and NT within each
 * zone in the ratio of the whole period ("within each zone the achieved ratio of VT to NT in total
 * consumption is kept").
 */
export function distributeOverZones(
  consumption: { vt: number; nt: number } | { single: number },
  limits: ZoneLimits,
  rules: TariffRules = defaultTariffRules,
): ZoneConsumption[] {
  const total = 'single' in consumption ? consumption.single : consumption.vt + consumption.nt;
  const green = Math.min(total, limits.green);
  const blue = Math.min(total - green, limits.blue - limits.green);
  const zones: [Zone, number][] = [
    ['GREEN', green],
    ['BLUE', blue],
    ['RED', total - green - blue],
  ];
  if ('single' in consumption) return zones.map(([zone, kwh]) => ({ zone, kwh, vt: null, nt: null }));
  const vt = vtPerZone(
    consumption.vt,
    zones.map(([, kwh]) => kwh),
    rules,
  );
  return zones.map(([zone, kwh], i) => ({ zone, kwh, vt: vt[i]!, nt: kwh - vt[i]! }));
}
