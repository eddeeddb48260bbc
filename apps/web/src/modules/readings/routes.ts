// The readings module: a metering point's meter self-reading (the form with its plausibility answer
// and confirmation step, and the history of self-readings with their status); owns their texts.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/metering-points/:id/readings',
    name: 'readings',
    component: () => import('./readings-page.vue'),
    props: true,
    meta: { title: 'readings.title', requiresAuth: true },
  },
];
