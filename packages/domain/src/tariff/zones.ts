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

/**
 * Distributes a period's consumption over the green, blue and red zones, and for dual-rate meters the
 * VT and NT within each zone in the ratio of the whole period ("within each zone the achieved ratio of
 * VT to NT in total consumption is kept").
 */
export function distributeOverZones(
  consumption: { vt: number; nt: number } | { single: number },
  limits: ZoneLimits,
): ZoneConsumption[] {
  const total = 'single' in consumption ? consumption.single : consumption.vt + consumption.nt;
  const green = Math.min(total, limits.green);
  const blue = Math.min(total - green, limits.blue - limits.green);
  const red = total - green - blue;
  const zones: [Zone, number][] = [
    ['GREEN', green],
    ['BLUE', blue],
    ['RED', red],
  ];
  if ('single' in consumption) return zones.map(([zone, kwh]) => ({ zone, kwh, vt: null, nt: null }));
  const vtByZone = splitProportionally(
    consumption.vt,
    zones.map(([, kwh]) => kwh),
  );
  return zones.map(([zone, kwh], i) => ({ zone, kwh, vt: vtByZone[i]!, nt: kwh - vtByZone[i]! }));
}
