// The bills module: a metering point's bill list and the bill page with every element of the paper
// bill, explained; owns its texts and the IPS QR code component that payments reuse.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/bills/:id',
    name: 'bill',
    component: () => import('./bill-page.vue'),
    props: true,
    meta: { title: 'bills.title', requiresAuth: true },
  },
];
