// Every route of the API by module, as declared in the contract: what the API must register, and all
// it may (apps/api's route-table test holds it to that).
import { accountRoutes } from './auth/account.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { mfaRoutes } from './auth/mfa.routes.js';
import { billsRoutes } from './bills/bills.routes.js';
import { complaintsRoutes, supportComplaintsRoutes } from './complaints/complaints.routes.js';
import { consumptionRoutes } from './consumption/consumption.routes.js';
import { contractsRoutes } from './contracts/contracts.routes.js';
import { devMailboxRoutes } from './dev-mailbox/dev-mailbox.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { meteringPointsRoutes } from './metering-points/metering-points.routes.js';
import { newsAdminRoutes, newsRoutes } from './news/news.routes.js';
import { noticesRoutes } from './notices/notices.routes.js';
import { paymentsRoutes } from './payments/payments.routes.js';
import { readingsRoutes } from './readings/readings.routes.js';
import { referenceRoutes } from './reference/reference.routes.js';
import { remindersRoutes } from './reminders/reminders.routes.js';
import type { Route } from './routes/define-route.js';
import {
  accountActionRoutes,
  staffAccountRoutes,
  supportUserRoutes,
} from './support/account-actions.routes.js';
import { customerLookupRoutes } from './support/customer-lookup.routes.js';
import { reportsRoutes } from './support/reports.routes.js';
import { staffAuditRoutes } from './support/staff-audit.routes.js';
import { accessLogRoutes, supportAccessRoutes } from './support/support-access.routes.js';
import { supportRoutes } from './support/support.routes.js';

export const routeTable = {
  auth: authRoutes,
  account: accountRoutes,
  mfa: mfaRoutes,
  contracts: contractsRoutes,
  meteringPoints: meteringPointsRoutes,
  bills: billsRoutes,
  consumption: consumptionRoutes,
  readings: readingsRoutes,
  notices: noticesRoutes,
  reminders: remindersRoutes,
  payments: paymentsRoutes,
  reference: referenceRoutes,
  devMailbox: devMailboxRoutes,
  health: healthRoutes,
  support: supportRoutes,
  customerLookup: customerLookupRoutes,
  reports: reportsRoutes,
  supportAccess: supportAccessRoutes,
  accessLog: accessLogRoutes,
  supportUsers: supportUserRoutes,
  accountActions: accountActionRoutes,
  staffAccounts: staffAccountRoutes,
  staffAudit: staffAuditRoutes,
  complaints: complaintsRoutes,
  supportComplaints: supportComplaintsRoutes,
  news: newsRoutes,
  newsAdmin: newsAdminRoutes,
} as const;

/** Every declared route, each once. */
export function declaredRoutes(): Route[] {
  return Object.values(routeTable).flatMap((routes) => Object.values(routes) as Route[]);
}
