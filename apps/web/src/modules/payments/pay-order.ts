// The pay page's order and filters for accounts with many metering points: the most urgent first (an
// open dunning notice, then overdue bills, then the nearest due date), found by text, region or point.
import type { OpenBillsResponse } from '@portal/contract';
import { inScript } from '../metering-points/metering-point-labels.js';

type Point = OpenBillsResponse['meteringPoints'][number];

/** 0: a dunning notice is open, 1: a bill is overdue, 2: the rest. */
export function urgencyRank(point: Point): number {
  if (point.openNotice) return 0;
  return point.bills.some((bill) => bill.overdue) ? 1 : 2;
}

const earliestDue = (point: Point) =>
  point.bills.reduce((min, bill) => (bill.dueDate < min ? bill.dueDate : min), '9999-12-31');

/** Notices first, then overdue, then by the nearest due date; a stable order otherwise (the API's). */
export function byUrgency(points: readonly Point[]): Point[] {
  return points
    .map((point, index) => ({ point, index, rank: urgencyRank(point), due: earliestDue(point) }))
    .sort((a, b) => a.rank - b.rank || a.due.localeCompare(b.due) || a.index - b.index)
    .map(({ point }) => point);
}

export interface PayFilter {
  text: string;
  regionId: string | null;
  meteringPointId: string | null;
}

export const noPayFilter: PayFilter = { text: '', regionId: null, meteringPointId: null };

/**
 * The points that match: the text in the nickname, address (either script), billing number, ED number or
 * a bill's number, case-insensitive; and the region and point when chosen.
 */
export function filterPoints(points: readonly Point[], filter: PayFilter): Point[] {
  const needle = filter.text.trim().toLowerCase();
  return points.filter((point) => {
    if (filter.regionId && point.region.id !== filter.regionId) return false;
    if (filter.meteringPointId && point.id !== filter.meteringPointId) return false;
    if (!needle) return true;
    const { street, city } = point.address;
    const haystack = [
      point.nickname ?? '',
      street,
      city,
      inScript(street, 'sr-Latn'),
      inScript(city, 'sr-Latn'),
      point.billingNumber,
      point.edNumber,
      ...point.bills.map((bill) => bill.number),
    ];
    return haystack.some((value) => value.toLowerCase().includes(needle));
  });
}

/** The regions of the points, each once, for the region filter. */
export function regionsOf(points: readonly Point[]): Point['region'][] {
  const byId = new Map(points.map((point) => [point.region.id, point.region]));
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
