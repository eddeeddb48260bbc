// Default interest (zatezna kamata): annual rate = NBS reference rate + 8 percentage points, simple
// interest on the overdue principal (Zakon o zateznoj kamati, Sl. glasnik RS 119/2012).
import { daysBetween, addDays } from './dates.js';
import { decimal, divideRounded, type Para } from './money.js';
import type { DatedValue } from './tariff/types.js';

/**
 * NBS key policy (reference) rate, % a year, from each date on. Data to confirm against nbs.rs before
 * production; only the changes since 2023 are listed.
 */
export const nbsReferenceRates: readonly DatedValue[] = [
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

export const defaultInterestMarkup = '8';

/** Assumption: actual days over a 365-day year. */
const dayCountBasis = 365n;

/**
 * Interest on `principal` for every day from `from` to `to` inclusive, each day at the rate in force on
 * that day, rounded once to the para.
 */
export function computeDefaultInterest(
  principal: Para,
  from: string,
  to: string,
  rates: readonly DatedValue[] = nbsReferenceRates,
  markup: string = defaultInterestMarkup,
): Para {
  if (principal <= 0 || to < from) return 0;
  const sorted = [...rates].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  if (!sorted.length || sorted[0]!.validFrom > from)
    throw new Error(`no NBS reference rate in force on ${from}`);
  // Sum of principal x rate(%) x days, as an exact fraction with a common scale of 10^6 for rates.
  const scale = 1_000_000n;
  const m = decimal(markup);
  const markupScaled = (m.mantissa * scale) / 10n ** BigInt(m.scale);
  let total = 0n;
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!.validFrom > from ? sorted[i]!.validFrom : from;
    const nextStart = sorted[i + 1]?.validFrom;
    const end = nextStart && addDays(nextStart, -1) < to ? addDays(nextStart, -1) : to;
    if (start > end) continue;
    const r = decimal(sorted[i]!.value);
    const rateScaled = (r.mantissa * scale) / 10n ** BigInt(r.scale) + markupScaled;
    total += BigInt(principal) * rateScaled * BigInt(daysBetween(start, end) + 1);
  }
  return Number(divideRounded(total, 100n * scale * dayCountBasis));
}
