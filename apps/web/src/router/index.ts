import type { StaffLevel } from '@portal/domain';
import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import { routes as accountRoutes } from '../modules/account/routes.js';
import { routes as authRoutes } from '../modules/auth/routes.js';
import { routes as billsRoutes } from '../modules/bills/routes.js';
import { routes as complaintsRoutes } from '../modules/complaints/routes.js';
import { routes as consumptionRoutes } from '../modules/consumption/routes.js';
import { routes as readingsRoutes } from '../modules/readings/routes.js';
import { routes as contractsRoutes } from '../modules/contracts/routes.js';
import { routes as devMailboxRoutes } from '../modules/dev-mailbox/routes.js';
import { routes as homeRoutes } from '../modules/home/routes.js';
import { routes as legalRoutes } from '../modules/legal/routes.js';
import { routes as meteringPointsRoutes } from '../modules/metering-points/routes.js';
import { routes as newsRoutes } from '../modules/news/routes.js';
import { routes as offlineRoutes } from '../modules/offline/routes.js';
import { routes as paymentsRoutes } from '../modules/payments/routes.js';
import { routes as remindersRoutes } from '../modules/reminders/routes.js';
import { routes as supportRoutes } from '../modules/support/routes.js';
import { routes as reportsRoutes } from '../modules/reports/routes.js';
import { routes as supportViewRoutes } from '../modules/support-view/routes.js';
import { routes as staffAdminRoutes } from '../modules/staff-admin/routes.js';
import { routes as staffAuditRoutes } from '../modules/staff-audit/routes.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** The message key of the page's name, shown in the browser tab before the portal's name. */
    title?: string;
    /** a page of the staff area, for staff of this level or above (a supervisor reaches 'support' pages) */
    staff?: StaffLevel;
    /** the message key of the page's entry in the staff area's navigation (pages without params only) */
    staffNav?: string;
    /** where that entry stands in the navigation, smallest first */
    staffNavOrder?: number;
    /** the entry's icon, an @mdi/js path */
    staffNavIcon?: string;
    /** a logged-in page for every role (the account settings): not a customer-only page */
    everyRole?: boolean;
    /** a page that only pays or changes something: closed in staff's read-only view of a customer */
    paysOrChanges?: boolean;
    /** the TOTP enrolment a staff member without a second factor is sent to (and may stay on) */
    staffEnrolment?: boolean;
  }
}

/** Every module's routes (modules/<module>/routes.ts); legal's come last, for its catch-all. */
export const routes: RouteRecordRaw[] = [
  ...homeRoutes,
  ...meteringPointsRoutes,
  ...consumptionRoutes,
  ...readingsRoutes,
  ...contractsRoutes,
  ...billsRoutes,
  ...paymentsRoutes,
  ...reportsRoutes,
  ...authRoutes,
  ...accountRoutes,
  ...remindersRoutes,
  ...devMailboxRoutes,
  ...supportRoutes,
  ...supportViewRoutes,
  ...staffAdminRoutes,
  ...staffAuditRoutes,
  ...complaintsRoutes,
  ...newsRoutes,
  ...offlineRoutes,
  ...legalRoutes,
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
    history,
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  });
}
