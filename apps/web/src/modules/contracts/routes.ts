// The contracts module: linking a contract by billing number and identifiers, and the linked ones.
// Owns its page, the identifier checks of the form and its texts.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/contracts',
    name: 'contracts',
    component: () => import('./contracts-page.vue'),
    meta: { title: 'contracts.title', requiresAuth: true },
  },
];
