// The range a report covers: by default the last 30 days up to today (Belgrade); the API takes at most
// maxReportDays days, which the page checks before asking.
import { maxReportDays } from '@portal/contract';
import { addDays, daysBetween, isIsoDate } from '@portal/domain';

export function defaultRange(today: string): { from: string; to: string } {
  return { from: addDays(today, -29), to: today };
}

export type RangeProblem = 'invalid' | 'backwards' | 'tooLong' | null;

/** Why the range cannot be asked for, or null. */
export function rangeProblem(from: string, to: string): RangeProblem {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'invalid';
  if (to < from) return 'backwards';
  if (daysBetween(from, to) + 1 > maxReportDays) return 'tooLong';
  return null;
}
