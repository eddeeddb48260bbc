export { belgradeDateOf } from '@portal/domain';

/**
 * A DATE column as Prisma returns it (midnight UTC of that calendar date) back to YYYY-MM-DD. Not for
 * instants: those go through belgradeDateOf.
 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
