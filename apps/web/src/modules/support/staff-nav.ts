// The staff area's navigation, read from the routes themselves (`meta.staffNav`), so that a module
// adds a staff page and its menu entry in its own routes.ts and nowhere else.
import type { RouteRecordNormalized } from 'vue-router';
import { reachesStaffLevel, type Role } from './staff-access.js';

export interface StaffNavItem {
  to: string;
  /** message key */
  title: string;
  icon: string | undefined;
}

/** Entries without an order go after the numbered ones. */
const unordered = Number.MAX_SAFE_INTEGER;

/** The entries `role` may open, by `meta.staffNavOrder` and then by path. Pages with params never show. */
export function staffNavItems(records: readonly RouteRecordNormalized[], role: Role): StaffNavItem[] {
  return records
    .filter(
      (r) =>
        r.meta.staffNav && r.meta.staff && !r.path.includes(':') && reachesStaffLevel(role, r.meta.staff),
    )
    .sort(
      (a, b) =>
        (a.meta.staffNavOrder ?? unordered) - (b.meta.staffNavOrder ?? unordered) ||
        a.path.localeCompare(b.path),
    )
    .map((r) => ({ to: r.path, title: r.meta.staffNav!, icon: r.meta.staffNavIcon }));
}
