// What an EPS power-metering bill (seeds/001, third layout) is recomputed from. The billing data holds
// the active energy per tariff (the readings, or the bill's kWh) and, on the readings, the maximum power
// and the reactive energy of both tariffs added up (the one reactive_kvarh column). The reactive energy
// per tariff is only printed, on the bill's reactive lines (within + excess the cos φ limit): it is taken
// from them, and must add up to what the readings measured when the bill is linked to them. The maximum
// power comes from the current reading (times the constant) or, for a bill not linked to its readings
// (an imported one), as billed: billing power plus excess power. The engine then redoes the rest: the
// reactive limit and its split, billing and excess power against the approved power, prices, fees, VAT.
import {
  addDecimals,
  BillInputError,
  consumptionFromReadings,
  decimal,
  defaultPowerMeteringRules,
  formatDecimal,
  multiply,
  type Consumption,
  type MeterReadings,
  type PowerMetering,
} from '@portal/domain';

export interface PowerMeteringLine {
  kind: string;
  register?: string | null;
  quantity: string | null;
}

export interface PowerMeteringReading {
  maxPowerKw?: string | null;
  reactiveKvarh?: number | null;
}

export type PowerMeteringSource =
  | {
      readings: MeterReadings;
      meterConstant: number;
      previous: PowerMeteringReading;
      current: PowerMeteringReading;
    }
  | { consumption: Consumption };

const reactiveKinds = new Set(['reactive_energy', 'excess_reactive_energy']);

/** kvarh per tariff as the bill's reactive lines have them (each part of the period, within and excess). */
function billedReactive(lines: readonly PowerMeteringLine[]): { vt: number; nt: number } {
  const sum = (register: string) =>
    lines
      .filter((l) => reactiveKinds.has(l.kind) && l.register?.toUpperCase() === register)
      .reduce((acc, l) => acc + Number(l.quantity ?? 0), 0);
  return { vt: sum('REACTIVE_VT'), nt: sum('REACTIVE_NT') };
}

/** The measured maximum as billed: under 'capped-at-approved' billing power plus excess power. */
function billedMaxPower(lines: readonly PowerMeteringLine[]): string {
  const quantityOf = (kind: string) => lines.find((l) => l.kind === kind)?.quantity ?? '0';
  const billing = decimal(quantityOf('billing_power'));
  if (defaultPowerMeteringRules.billingPower === 'measured') return formatDecimal(billing);
  return formatDecimal(addDecimals(billing, decimal(quantityOf('excess_power'))));
}

/** The engine's `metered` input of a power-metering bill; BillInputError when the readings disagree. */
export function powerMeteredOf(
  lines: readonly PowerMeteringLine[],
  source: PowerMeteringSource,
): PowerMetering {
  const reactive = billedReactive(lines);
  if (!('readings' in source)) {
    const active = source.consumption;
    if (!('vt' in active)) throw new BillInputError('CONSUMPTION', 'power metering is billed by VT and NT');
    return { active, reactive, maxPowerKw: billedMaxPower(lines) };
  }
  const { readings, meterConstant, previous, current } = source;
  const active = consumptionFromReadings(readings, meterConstant);
  if (!('vt' in active)) throw new BillInputError('READINGS', 'power metering is read by VT and NT');
  const before = previous.reactiveKvarh ?? null;
  const after = current.reactiveKvarh ?? null;
  if (before !== null && after !== null && (after - before) * meterConstant !== reactive.vt + reactive.nt) {
    throw new BillInputError(
      'READINGS',
      `the readings measured ${(after - before) * meterConstant} kvarh, the lines bill ${reactive.vt + reactive.nt}`,
    );
  }
  const register = current.maxPowerKw ?? null;
  const maxPowerKw =
    register === null
      ? billedMaxPower(lines)
      : formatDecimal(multiply(decimal(register), decimal(meterConstant)));
  return { active, reactive, maxPowerKw };
}
