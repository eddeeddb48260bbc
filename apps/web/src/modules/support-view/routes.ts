// The support-view module: staff open a read-only view of a customer's account (with a reason), and
// the customer's own pages then show that account inside a staff frame (staff-view-banner.vue).
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/support/customers/:customerId',
    name: 'support-open-view',
    component: () => import('./open-view-page.vue'),
    meta: { title: 'supportView.open.title', requiresAuth: true, staff: 'support' },
  },
];
