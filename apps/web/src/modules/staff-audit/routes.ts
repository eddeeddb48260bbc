// The staff's audit view: what staff did with customers' data, support their own, supervisors
// everyone's. The staff layout builds its menu entry from `meta.staffNav` (modules/support).
import { mdiClipboardTextClockOutline } from '@mdi/js';
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/support/audit',
    name: 'support-audit',
    component: () => import('./audit-page.vue'),
    meta: {
      title: 'staffAudit.title',
      requiresAuth: true,
      staff: 'support',
      staffNav: 'staffAudit.nav',
      staffNavOrder: 60,
      staffNavIcon: mdiClipboardTextClockOutline,
    },
  },
];
