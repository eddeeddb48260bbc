// The metering points module: the overview of every linked metering point (search, filters, paging,
// the total to pay) and a metering point's page with its tabs; owns the region filter and its texts.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/overview',
    name: 'overview',
    component: () => import('./overview-page.vue'),
    meta: { title: 'overview.title', requiresAuth: true },
  },
  {
    path: '/metering-points/:id',
    name: 'metering-point',
    component: () => import('./metering-point-page.vue'),
    props: true,
    meta: { title: 'overview.list', requiresAuth: true },
  },
];
