// The account module: the account settings page (profile, e-mail, password, notifications,
// sessions) and its texts.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/account',
    name: 'account',
    component: () => import('./account-page.vue'),
    meta: { title: 'account.title', requiresAuth: true, everyRole: true },
  },
];
