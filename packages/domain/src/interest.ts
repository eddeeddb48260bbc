// Default interest (zatezna kamata): annual rate = NBS reference rate + 8 percentage points, simple
// interest on the overdue principal (Zakon o zateznoj kamati, Sl. glasnik RS 119/2012).
import { addDays, daysBetween } from './dates.js';
import { decimal, divideRounded, pow10 } from './decimal.js';
import { DomainError } from './domain-error.js';
import type { Para } from './money.js';
import type { DatedValue } from './tariff/types.js';

/**
 * NBS key policy (reference) rate, % a year, from each date on. Data to confirm against nbs.rs before
 * production: written from memory of the NBS announcements, effective the day after each decision.
 */
export const nbsReferenceRates: readonly DatedValue[] = [
  { validFrom: '2022-12-09', value: '5.00' },
  { validFrom: '2023-01-13', value: '5.25' },
  { validFrom: '2023-02-10', value: '5.50' },
  { validFrom: '2023-03-10', value: '5.75' },
  { validFrom: '2023-04-07', value: '6.00' },
  { validFrom: '2023-05-12', value: '6.25' },
  { validFrom: '2023-07-14', value: '6.50' },
  { validFrom: '2024-06-14', value: '6.25' },
  { validFrom: '2024-07-12', value: '6.00' },
  { validFrom: '2024-09-13', value: '5.75' },
];

export interface DefaultInterestRules {
  /** percentage points over the reference rate (the law) */
  markup: string;
  /**
   * Assumption: the day count. 'actual/365' (default) divides every day's interest by 365;
   * 'actual/actual' by the days of that day's year (366 in a leap year).
   */
  dayCount: 'actual/365' | 'actual/actual';
}

export const defaultInterestRules: DefaultInterestRules = { markup: '8', dayCount: 'actual/365' };

/** A rate in % as an integer number of millionths of a percent. */
const scale = 1_000_000n;
function scaled(percent: string): bigint {
  const d = decimal(percent);
  return (d.mantissa * scale) / pow10(d.scale);
}

/** The days from `from` to `to` (inclusive), cut at each new year: [days, days in that year][]. */
function daysPerYear(
  from: string,
  to: string,
  dayCount: DefaultInterestRules['dayCount'],
): [number, number][] {
  const parts: [number, number][] = [];
  for (let start = from; start <= to;) {
    const yearEnd = `${start.slice(0, 4)}-12-31`;
    const end = yearEnd < to ? yearEnd : to;
    const yearDays = dayCount === 'actual/365' ? 365 : daysBetween(`${start.slice(0, 4)}-01-01`, yearEnd) + 1;
    parts.push([daysBetween(start, end) + 1, yearDays]);
    start = addDays(end, 1);
  }
  return parts;
}

/**
 * Interest on `principal` for every day from `from` to `to` inclusive, each day at the rate in force
 * on that day, summed exactly and rounded once to the para.
 */
export function computeDefaultInterest(
  principal: Para,
  from: string,
  to: string,
  rates: readonly DatedValue[] = nbsReferenceRates,
  rules: DefaultInterestRules = defaultInterestRules,
): Para {
  if (principal <= 0 || to < from) return 0;
  const sorted = [...rates].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  if (!sorted.length || sorted[0]!.validFrom > from) {
    throw new DomainError('NO_REFERENCE_RATE', `no NBS reference rate in force on ${from}`);
  }
  // Sum of principal x rate x days / year days as one fraction over 365 x 366, so leap years stay exact.
  const common = 365n * 366n;
  let total = 0n;
  sorted.forEach((entry, i) => {
    const start = entry.validFrom > from ? entry.validFrom : from;
    const nextStart = sorted[i + 1]?.validFrom;
    const end = nextStart && addDays(nextStart, -1) < to ? addDays(nextStart, -1) : to;
    if (start > end) return;
    const rate = scaled(entry.value) + scaled(rules.markup);
    for (const [days, yearDays] of daysPerYear(start, end, rules.dayCount)) {
      total += BigInt(principal) * rate * BigInt(days) * (common / BigInt(yearDays));
    }
  });
  return Number(divideRounded(total, 100n * scale * common));
}
