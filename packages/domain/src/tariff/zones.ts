// Green, blue and red zones: the first kWh of a period are green up to the green limit, then blue up to
// the blue limit, the rest red; limits are per 30 days and move with the period's days.
import {
  defaultTariffRules,
  scaleZoneLimit,
  splitProportionally,
  splitProportionallyDown,
  type TariffRules,
} from './rules.js';
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

/** VT of each zone by the rule (TariffSplitRounding); NT is the rest of the zone. */
function vtPerZone(
  consumption: { vt: number; nt: number },
  zoneKwh: readonly number[],
  rules: TariffRules,
): number[] {
  if (rules.tariffSplitRounding === 'vt-nearest-cumulative') {
    return splitProportionally(consumption.vt, zoneKwh);
  }
  const nt = splitProportionallyDown(consumption.nt, zoneKwh);
  return zoneKwh.map((kwh, i) => kwh - nt[i]!);
}

/** kWh of one block of consumption (a zone, a band) and, for dual-rate meters, its VT and NT. */
export interface BlockKwh {
  kwh: number;
  /** null for single-rate */
  vt: number | null;
  nt: number | null;
}

/**
 * Fills consecutive blocks up to their upper limits (the last block takes the rest) and, for dual-rate
 * meters, splits each block's kWh into VT and NT in the ratio of the whole period: the rule of EPS zones
 * ("within each zone the achieved ratio of VT to NT in total consumption is kept") and of ERS bands
 * ("the share of AVT and AMT in each band follows their share of the total, in whole kWh").
 */
export function distributeOverBlocks(
  consumption: { vt: number; nt: number } | { single: number },
  upperLimits: readonly number[],
  rules: TariffRules = defaultTariffRules,
): BlockKwh[] {
  const total = 'single' in consumption ? consumption.single : consumption.vt + consumption.nt;
  let below = 0;
  const blocks = [...upperLimits, Infinity].map((limit) => {
    const kwh = Math.max(0, Math.min(total, limit) - below);
    below += kwh;
    return kwh;
  });
  if ('single' in consumption) return blocks.map((kwh) => ({ kwh, vt: null, nt: null }));
  const vt = vtPerZone(consumption, blocks, rules);
  return blocks.map((kwh, i) => ({ kwh, vt: vt[i]!, nt: kwh - vt[i]! }));
}

/** The green, blue and red zones of a period (see distributeOverBlocks). */
export function distributeOverZones(
  consumption: { vt: number; nt: number } | { single: number },
  limits: ZoneLimits,
  rules: TariffRules = defaultTariffRules,
): ZoneConsumption[] {
  const zones: Zone[] = ['GREEN', 'BLUE', 'RED'];
  return distributeOverBlocks(consumption, [limits.green, limits.blue], rules).map((block, i) => ({
    zone: zones[i]!,
    ...block,
  }));
}
