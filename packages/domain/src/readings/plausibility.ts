// Whether a customer's self-reading is plausible (seed 002: "implausible readings"): compared with the
// meter's last reading and with the average daily consumption of the same season. Named, dated and
// configurable like the tariff rules, since the supplier's own limits are not known to the portal.
import { daysBetween, toDayNumber, fromDayNumber, monthOf } from '../dates.js';
import { ruleOn, type DatedRule } from '../tariff/rules.js';

export type ReadingRegister = 'vt' | 'nt' | 'single';
export const readingRegisters: readonly ReadingRegister[] = ['vt', 'nt', 'single'];

/** Register values in kWh as the meter shows them; a register the meter does not have is left out. */
export type RegisterValues = Partial<Record<ReadingRegister, number | null>>;

export interface ReadingPlausibilityRule {
  /** a period's consumption may be this many times what the season's average predicts ... */
  factor: number;
  /** ... plus these kWh (short periods and small households would be asked too often without them) */
  allowanceKwh: number;
  /** the months of the heating season; the other months are the summer season */
  winterMonths: readonly number[];
  /** fewer days of history in the season than this: the average of all the history is used instead */
  minimumSeasonDays: number;
}

/**
 * The plausibility rule by the date of the reading. Assumption of the portal (the supplier has not
 * said what it checks): three times the season's expected consumption plus 100 kWh; winter October to
 * March. When the supplier gives its limits, add an entry here.
 */
export const readingPlausibilityRules: readonly DatedRule<ReadingPlausibilityRule>[] = [
  {
    validFrom: '2020-01-01',
    rule: { factor: 3, allowanceKwh: 100, winterMonths: [10, 11, 12, 1, 2, 3], minimumSeasonDays: 60 },
    source: 'portal assumption (issue 17), to be confirmed by the supplier',
  },
];

export interface LastReading {
  readOn: string;
  registers: RegisterValues;
  /** the meter was replaced after this reading: its values say nothing about the new meter's */
  meterReplacedSince: boolean;
}

export interface PlausibilityInput {
  readOn: string;
  /** the portal's today (Belgrade) */
  today: string;
  registers: RegisterValues;
  /** the latest reading of the metering point, of record or self-read; null when there is none */
  last: LastReading | null;
  /** readings of record of the current meter, any order: the consumption history */
  history: readonly { readOn: string; registers: RegisterValues }[];
}

export type PlausibilityVerdict =
  | { verdict: 'accept' }
  | { verdict: 'refuse'; reason: 'date_in_future' }
  | { verdict: 'refuse'; reason: 'not_after_last_reading'; lastReadOn: string }
  | {
      verdict: 'refuse';
      reason: 'below_last_reading';
      register: ReadingRegister;
      lastValue: number;
      lastReadOn: string;
    }
  | {
      verdict: 'confirm';
      reason: 'far_above_expected';
      consumedKwh: number;
      expectedKwh: number;
      limitKwh: number;
      days: number;
    };

const totalOf = (registers: RegisterValues) =>
  readingRegisters.reduce((sum, register) => sum + (registers[register] ?? 0), 0);

const midpoint = (from: string, to: string) =>
  fromDayNumber(Math.floor((toDayNumber(from) + toDayNumber(to)) / 2));

/** kWh per day from consecutive readings whose period falls in `winter` (or not), and the days covered. */
function seasonAverage(
  history: PlausibilityInput['history'],
  rule: ReadingPlausibilityRule,
  winter: boolean | null,
): { perDay: number; days: number } {
  const sorted = [...history].sort((a, b) => (a.readOn < b.readOn ? -1 : 1));
  let kwh = 0;
  let days = 0;
  for (let i = 1; i < sorted.length; i++) {
    const from = sorted[i - 1]!;
    const to = sorted[i]!;
    const span = daysBetween(from.readOn, to.readOn);
    const used = totalOf(to.registers) - totalOf(from.registers);
    if (span <= 0 || used < 0) continue;
    if (winter !== null && rule.winterMonths.includes(monthOf(midpoint(from.readOn, to.readOn))) !== winter)
      continue;
    kwh += used;
    days += span;
  }
  return { perDay: days ? kwh / days : 0, days };
}

/**
 * The verdict on a self-reading: refused when dated in the future or not after the last reading, or
 * when a register is below the last reading of the same meter; to be confirmed by the customer when the
 * consumption since the last reading is far above what the same season's average daily consumption
 * predicts (`rule`); accepted otherwise. Without a last reading, or after a meter replacement, only the
 * date is checked: there is nothing to compare the values with.
 */
export function checkReadingPlausibility(
  input: PlausibilityInput,
  rule: ReadingPlausibilityRule = ruleOn(readingPlausibilityRules, input.readOn),
): PlausibilityVerdict {
  if (input.readOn > input.today) return { verdict: 'refuse', reason: 'date_in_future' };
  const last = input.last;
  if (!last) return { verdict: 'accept' };
  if (input.readOn <= last.readOn)
    return { verdict: 'refuse', reason: 'not_after_last_reading', lastReadOn: last.readOn };
  if (last.meterReplacedSince) return { verdict: 'accept' };

  for (const register of readingRegisters) {
    const now = input.registers[register];
    const before = last.registers[register];
    if (now != null && before != null && now < before)
      return {
        verdict: 'refuse',
        reason: 'below_last_reading',
        register,
        lastValue: before,
        lastReadOn: last.readOn,
      };
  }

  const days = daysBetween(last.readOn, input.readOn);
  const winter = rule.winterMonths.includes(monthOf(midpoint(last.readOn, input.readOn)));
  const season = seasonAverage(input.history, rule, winter);
  const average = season.days >= rule.minimumSeasonDays ? season : seasonAverage(input.history, rule, null);
  if (!average.days) return { verdict: 'accept' };

  const consumedKwh = totalOf(input.registers) - totalOf(last.registers);
  const expectedKwh = Math.round(average.perDay * days);
  const limitKwh = Math.round(average.perDay * days * rule.factor + rule.allowanceKwh);
  if (consumedKwh > limitKwh)
    return { verdict: 'confirm', reason: 'far_above_expected', consumedKwh, expectedKwh, limitKwh, days };
  return { verdict: 'accept' };
}
