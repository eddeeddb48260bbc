// Which roles a route is for, decided before any id is looked at:
// - a staff session without its second factor reaches only its own account and the TOTP enrolment;
// - a route declared with `staff: 'support' | 'supervisor'` is for staff of that level or above;
// - the customer-data modules of the contract (contracts, metering points, bills, consumption,
//   notices, payments) are for customers: staff get nothing there with their own token. Staff's
//   read-only view of a customer (the `X-Support-Access` header, a later slice) will resolve the
//   actor as "staff viewing that customer" in the access plugin and pass reads here, audited.
// Everything else (the account routes under /api/auth, reference data) is for every role.
import { accountRoutes, mfaRoutes, routeTable, type Route } from '@portal/contract';
import { isStaffRole, reachesStaffLevel, type StaffLevel } from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from './actor.js';

const keyOf = (method: string, url: string) => `${method} ${url}`;
const keysOf = (routes: readonly Route[]) => new Set(routes.map((r) => keyOf(r.method, r.path)));

/** What a session that must enrol TOTP first may use (refresh and logout need no access token). */
export const enrolmentRoutes = keysOf([accountRoutes.me, mfaRoutes.enrolTotp, mfaRoutes.confirmTotp]);

/** The contract's modules of one customer's own data. */
const customerModules = [
  'contracts',
  'meteringPoints',
  'bills',
  'consumption',
  'notices',
  'payments',
] as const;
export const customerRoutes = keysOf(customerModules.flatMap((m) => Object.values(routeTable[m]) as Route[]));

/** Throws unless the actor is staff of `level` or above (a supervisor passes every support check). */
export function requireStaff(actor: Actor | null | undefined, level: StaffLevel): void {
  if (!actor?.userId) throw new AppError('UNAUTHORIZED');
  if (actor.enrolmentOnly) throw new AppError('MFA_ENROLMENT_REQUIRED');
  if (!reachesStaffLevel(actor.role, level)) throw new AppError('FORBIDDEN');
}

/** Throws unless the actor may call the route at all (its ids are checked after this). */
export function checkAudience(
  actor: Actor,
  route: { method: string; url: string; staff: StaffLevel | undefined },
): void {
  // Fastify answers HEAD with the GET route: it is for the same roles.
  const key = keyOf(route.method === 'HEAD' ? 'GET' : route.method, route.url);
  if (actor.enrolmentOnly && !enrolmentRoutes.has(key)) throw new AppError('MFA_ENROLMENT_REQUIRED');
  if (route.staff) requireStaff(actor, route.staff);
  else if (customerRoutes.has(key) && isStaffRole(actor.role)) throw new AppError('FORBIDDEN');
}
