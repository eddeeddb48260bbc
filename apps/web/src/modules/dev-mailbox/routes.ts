// The development mailbox module: the local mailbox page (mail kept without SMTP_URL), reachable only
// from this machine; owns its texts.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/dev/mailbox',
    name: 'dev-mailbox',
    component: () => import('./mailbox-page.vue'),
    meta: { title: 'mailbox.title' },
  },
];
