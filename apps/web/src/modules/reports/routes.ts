// The reports module: the supervisor's charts of registrations and payments per day, with their tables
// and CSV exports. The staff layout and guard read `staff` and `staffNav`.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/support/reports',
    name: 'support-reports',
    component: () => import('./reports-page.vue'),
    meta: { requiresAuth: true, staff: 'supervisor', title: 'reports.title', staffNav: 'reports.nav' },
  },
];
