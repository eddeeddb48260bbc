// The staff administration pages: a portal account's summary with a supervisor's actions, and the
// staff accounts. The staff layout and guard (modules/support) read `meta.staff` and build the staff
// navigation from `meta.staffNav`.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/support/users/:id',
    name: 'support-user',
    component: () => import('./support-user-page.vue'),
    meta: { requiresAuth: true, staff: 'support', title: 'staffAdmin.user.title' },
  },
  {
    path: '/support/staff',
    name: 'support-staff',
    component: () => import('./staff-page.vue'),
    meta: {
      requiresAuth: true,
      staff: 'supervisor',
      title: 'staffAdmin.staff.title',
      staffNav: 'staffAdmin.staff.nav',
    },
  },
];
