// Which roles a route is for, decided before any id is looked at:
// - a staff session without its second factor reaches only its own account and the TOTP enrolment;
// - a route declared with `staff: 'support' | 'supervisor'` is for staff of that level or above;
// - the customer-data modules of the contract (contracts, metering points, bills, consumption,
//   notices, payments) are for customers: staff get nothing there with their own token, and read
//   them only through an access they opened (the `X-Support-Access` header: `supportAccessUse`),
//   which the access plugin resolves to "staff viewing that customer" and audits.
// Everything else (the account routes under /api/auth, reference data) is for every role.
import { accountRoutes, customerDataRouteNames, mfaRoutes, type Route } from '@portal/contract';
import { isStaffRole, reachesStaffLevel, type StaffLevel } from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from './actor.js';

const keyOf = (method: string, url: string) => `${method} ${url}`;
const keysOf = (routes: readonly Route[]) => new Set(routes.map((r) => keyOf(r.method, r.path)));

/** What a session that must enrol TOTP first may use (refresh and logout need no access token). */
export const enrolmentRoutes = keysOf([accountRoutes.me, mfaRoutes.enrolTotp, mfaRoutes.confirmTotp]);

/** Each customer route's name in the contract (`bills.pdf`), which the customer's access log shows. */
export const customerRouteNames = customerDataRouteNames;
export const customerRoutes: ReadonlySet<string> = new Set(customerDataRouteNames.keys());

const readMethods = new Set(['GET', 'HEAD']);

/** Throws unless the actor is staff of `level` or above (a supervisor passes every support check). */
export function requireStaff(actor: Actor | null | undefined, level: StaffLevel): void {
  if (!actor?.userId) throw new AppError('UNAUTHORIZED');
  if (actor.enrolmentOnly) throw new AppError('MFA_ENROLMENT_REQUIRED');
  if (!reachesStaffLevel(actor.role, level)) throw new AppError('FORBIDDEN');
}

// Fastify answers HEAD with the GET route: it is for the same roles.
const routeKey = (route: { method: string; url: string }) =>
  keyOf(route.method === 'HEAD' ? 'GET' : route.method, route.url);

/**
 * What an `X-Support-Access` header does on a route: on a read of a customer route, the request reads
 * that access's customer ("view"); on staff's own reads (their account, reference data) it changes
 * nothing ("ignore"). Anyone but staff with their second factor, and every write, is refused.
 */
export function supportAccessUse(actor: Actor, route: { method: string; url: string }): 'view' | 'ignore' {
  if (actor.enrolmentOnly) throw new AppError('MFA_ENROLMENT_REQUIRED');
  if (!isStaffRole(actor.role)) throw new AppError('FORBIDDEN');
  if (!readMethods.has(route.method)) throw new AppError('SUPPORT_ACCESS_READ_ONLY');
  return customerRoutes.has(routeKey(route)) ? 'view' : 'ignore';
}

/** Throws unless the actor may call the route at all (its ids are checked after this). */
export function checkAudience(
  actor: Actor,
  route: { method: string; url: string; staff: StaffLevel | undefined },
): void {
  const key = routeKey(route);
  if (actor.enrolmentOnly && !enrolmentRoutes.has(key)) throw new AppError('MFA_ENROLMENT_REQUIRED');
  if (route.staff) requireStaff(actor, route.staff);
  else if (customerRoutes.has(key) && isStaffRole(actor.role) && !actor.viewing)
    throw new AppError('FORBIDDEN');
}
