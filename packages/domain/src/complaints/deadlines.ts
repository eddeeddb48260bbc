// A complaint's deadlines. The consumer protection law (Zakon o zaštiti potrošača, čl. 56) gives the
// trader 8 days to answer a complaint and 15 days from its receipt to resolve it; neither it nor the
// seeds speak of working days, so the days are calendar days, counted from the day after receipt
// (Belgrade date). A deadline whose last day falls on a Saturday or Sunday ends on the next Monday, as
// the law of obligations (Zakon o obligacionim odnosima, čl. 77) has it for a non-working last day.
// Public holidays are not known to the portal and are not moved over.
import { addDays, toDayNumber } from '../dates.js';

export interface ComplaintDeadlineRules {
  /** calendar days to answer the customer */
  answerDays: number;
  /** calendar days to resolve the complaint */
  resolutionDays: number;
}

export const complaintDeadlineRules: ComplaintDeadlineRules = { answerDays: 8, resolutionDays: 15 };

export interface ComplaintDeadlines {
  answerDue: string;
  resolutionDue: string;
}

/** 0 = Monday ... 6 = Sunday; day 0 (1970-01-01) was a Thursday. */
function weekday(date: string): number {
  return (((toDayNumber(date) + 3) % 7) + 7) % 7;
}

/** `date`, or the Monday after it when it is a Saturday or Sunday. */
export function nextWorkingDay(date: string): string {
  const day = weekday(date);
  return day === 5 ? addDays(date, 2) : day === 6 ? addDays(date, 1) : date;
}

/** The deadlines of a complaint received on `receivedOn` ('YYYY-MM-DD', Belgrade). */
export function complaintDeadlines(
  receivedOn: string,
  rules: ComplaintDeadlineRules = complaintDeadlineRules,
): ComplaintDeadlines {
  return {
    answerDue: nextWorkingDay(addDays(receivedOn, rules.answerDays)),
    resolutionDue: nextWorkingDay(addDays(receivedOn, rules.resolutionDays)),
  };
}

/** Days left until `due` on `today`: 0 on the last day, negative once it has passed. */
export function daysUntil(due: string, today: string): number {
  return toDayNumber(due) - toDayNumber(today);
}
