// The demo's customer with power metering (seeds/001, "Kupci sa merenjem snage"): a cold store in
// Kragujevac on 0.4 kV with an approved power of 120 kW, a semi-indirect meter (constant 40), active and
// reactive energy by tariff and the 15-minute maximum. Its compressors run hardest in summer, when the
// peak may pass the approved power and the reactive energy the cos φ 0.95 limit.
import { decimal, formatDecimal, multiply, type PowerMetering } from '@portal/domain';
import { buildBusiness, type BuildContext } from './customers.js';
import { demoIdentities, type DemoPlan } from './demo-accounts.js';
import type { PlannedCustomer, PlannedMeteringPoint } from './population.js';
import type { Random } from './random.js';
import { demoRegions } from './regions.js';

export function planDemoPowerMetering(ctx: BuildContext): {
  customers: PlannedCustomer[];
  link: DemoPlan['links'][number];
} {
  const { powerMetering } = demoIdentities;
  const kragujevac = demoRegions.find((r) => r.id === 'KG')!;
  const coldStore = buildBusiness(ctx, 1, 'punctual', [kragujevac]);
  for (const record of coldStore) Object.assign(record, { name: powerMetering.name });
  const point = coldStore[0]!.accounts[0]!.meteringPoints[0]!;
  Object.assign(point, {
    category: 'POWER_METERING',
    rateType: 'DUAL',
    approvedPowerKw: '120',
    billingPowerKw: '120',
    tvFeeApplies: false,
    consumption: { baseDaily: 1150, heatingDaily: 0, coolingDaily: 650, vtShare: 0.68 },
    powerMetering: { reactivePerKwh: 0.31, peakFactor: 1.75 },
  } satisfies Partial<PlannedMeteringPoint>);
  point.meter = { ...point.meter, model: 'Iskraemeco MT831', constant: '40' };
  return {
    customers: coldStore,
    link: {
      username: powerMetering.username,
      meteringPointIds: [point.id],
      nicknames: new Map([[point.id, 'Хладњача']]),
    },
  };
}

/** The registers of a power-metering meter: active and reactive by tariff, before the constant. */
export interface PowerRegisters {
  vt: number;
  nt: number;
  reactiveVt: number;
  reactiveNt: number;
}

/** The registers at the first reading: the active ones as the history drew them, reactive ones besides. */
export function firstPowerRegisters(random: Random, active: { vt: number; nt: number }): PowerRegisters {
  return {
    vt: active.vt,
    nt: active.nt,
    reactiveVt: random.int(2_000, 40_000),
    reactiveNt: random.int(500, 9_000),
  };
}

/** What a reading of such a meter stores: the reactive registers (added up) and the maximum-power one. */
export interface PowerReading {
  power: PowerRegisters;
  maxPower?: string;
}

/**
 * One period's measurement: the registers move by whole units, so the quantities are multiples of the
 * constant; the maximum-power register has three decimals (kW / constant).
 */
export function measurePeriod(
  random: Random,
  habit: NonNullable<PlannedMeteringPoint['powerMetering']>,
  constant: number,
  kwh: { vt: number; nt: number },
  days: number,
  registers: PowerRegisters,
): { registers: PowerRegisters; metered: PowerMetering; reading: PowerReading } {
  const units = (value: number) => Math.round(value / constant);
  const tanPhi = Math.max(0.2, random.normal(habit.reactivePerKwh, 0.035));
  const step = {
    vt: units(kwh.vt),
    nt: units(kwh.nt),
    // the compressors run around the clock: the reactive energy follows the active energy per tariff
    reactiveVt: units(kwh.vt * tanPhi),
    reactiveNt: units(kwh.nt * tanPhi * 0.9),
  };
  const meanKw = (kwh.vt + kwh.nt) / (days * 24);
  const peakKw = meanKw * Math.max(1.2, random.normal(habit.peakFactor, 0.15));
  const maxPowerRegister = (Math.round((peakKw / constant) * 1000) / 1000).toFixed(3);
  const next = {
    vt: registers.vt + step.vt,
    nt: registers.nt + step.nt,
    reactiveVt: registers.reactiveVt + step.reactiveVt,
    reactiveNt: registers.reactiveNt + step.reactiveNt,
  };
  return {
    registers: next,
    metered: {
      active: { vt: step.vt * constant, nt: step.nt * constant },
      reactive: { vt: step.reactiveVt * constant, nt: step.reactiveNt * constant },
      maxPowerKw: formatDecimal(multiply(decimal(maxPowerRegister), decimal(constant))),
    },
    reading: { power: next, maxPower: maxPowerRegister },
  };
}
