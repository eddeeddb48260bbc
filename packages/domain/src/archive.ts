// How far back the portal keeps a customer's records: three years (seeds/000) of bills, payments and
// the ledger, dunning notices and consumption, counted from the 1st of the month. One rule, so that
// every list agrees on where the archive starts; the demo data has as many months of history.

export const archiveWindow = {
  years: 3,
  /** the same window in months, as the demo data counts its history */
  months: 36,
} as const;

/** The first day of the archive for `today` (YYYY-MM-DD): the 1st of the month three years back. */
export function archiveStart(today: string): string {
  const year = String(Number(today.slice(0, 4)) - archiveWindow.years).padStart(4, '0');
  return `${year}-${today.slice(5, 7)}-01`;
}
