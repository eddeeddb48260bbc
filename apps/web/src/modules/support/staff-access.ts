// Who may open which page, by role: the staff area (`meta.staff`) only for staff of that level, the
// customer's own pages only for customers (the API answers them 403 to staff, who have their area
// instead) or for staff with a customer's read-only view open (support-view module), and a staff
// member without a second factor only the TOTP enrolment (the API refuses them everything else).
// Pure, so that the rules are tested without a router.
import type { Me } from '@portal/contract';
import * as roles from '@portal/domain';
import type { RouteMeta } from 'vue-router';

export type StaffLevel = NonNullable<RouteMeta['staff']>;
export type Role = Me['role'];

/** The API's /me writes the role in lower case; the rules are the domain's, written once. */
const accountRole = (role: Role) => role.toUpperCase() as roles.AccountRole;

export function isStaffRole(role: Role): boolean {
  return roles.isStaffRole(accountRole(role));
}

/** Whether `role` reaches the staff level `needed` (a supervisor reaches "support" too). */
export function reachesStaffLevel(role: Role, needed: StaffLevel): boolean {
  return roles.reachesStaffLevel(accountRole(role), needed);
}

/**
 * What the guard does with a navigation:
 * - `open`: let it through;
 * - `login`: nobody is logged in, to the login page and back;
 * - `not-found`: a page this role does not have (a customer in the staff area, support on a
 *   supervisor's page), shown as the not-found page rather than telling what lies there;
 * - `enrol`: a staff member who must turn TOTP on first, to the enrolment;
 * - `staff-home`: staff on a customer's page with no customer's view open (or on an enrolment
 *   already done), to the staff area.
 */
export type PageAccess = 'open' | 'login' | 'not-found' | 'enrol' | 'staff-home';

export type GuardedMeta = Pick<RouteMeta, 'requiresAuth' | 'staff' | 'everyRole' | 'staffEnrolment'>;
export type GuardedUser = Pick<Me, 'role' | 'mfa'>;

/** Whether a page needs a login at all (a staff page does, whether it says so or not). */
export function needsLogin(meta: GuardedMeta): boolean {
  return !!(meta.requiresAuth || meta.staff || meta.staffEnrolment);
}

/** `viewing`: the staff member has a customer's read-only view open, in which the customer's pages show. */
export function pageAccess(meta: GuardedMeta, user: GuardedUser | null, viewing = false): PageAccess {
  if (!needsLogin(meta)) return 'open';
  if (!user) return 'login';
  if (!isStaffRole(user.role)) return meta.staff || meta.staffEnrolment ? 'not-found' : 'open';
  if (!user.mfa.totp) return meta.staffEnrolment ? 'open' : 'enrol';
  if (meta.staffEnrolment) return 'staff-home';
  if (meta.staff) return reachesStaffLevel(user.role, meta.staff) ? 'open' : 'not-found';
  return meta.everyRole || viewing ? 'open' : 'staff-home';
}
