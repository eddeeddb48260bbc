// The reminders module: the page a reminder mail's unsubscribe link opens (no login needed); the reminder
// settings themselves are on the account page.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    // The path of the mail's link (apps/api reminders/reminder-job.ts).
    path: '/reminders/unsubscribe',
    name: 'reminders-unsubscribe',
    component: () => import('./unsubscribe-page.vue'),
    meta: { title: 'reminders.unsubscribe.title' },
  },
];
