// The complaints module: the customer's complaints (list, new complaint with files, one complaint with
// its history) and support's inbox by deadline with the steps on a complaint.
import { mdiMessageAlertOutline } from '@mdi/js';
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/complaints',
    name: 'complaints',
    component: () => import('./complaints-page.vue'),
    meta: { title: 'complaints.title', requiresAuth: true },
  },
  {
    path: '/complaints/new',
    name: 'complaint-new',
    component: () => import('./new-complaint-page.vue'),
    meta: { title: 'complaints.new.title', requiresAuth: true },
  },
  {
    path: '/complaints/:id',
    name: 'complaint',
    component: () => import('./complaint-page.vue'),
    props: true,
    meta: { title: 'complaints.detail.title', requiresAuth: true },
  },
  {
    path: '/support/complaints',
    name: 'support-complaints',
    component: () => import('./support-complaints-page.vue'),
    meta: {
      title: 'complaints.inbox.title',
      requiresAuth: true,
      staff: 'support',
      staffNav: 'complaints.inbox.nav',
      // after unconfirmed payments (40)
      staffNavOrder: 45,
      staffNavIcon: mdiMessageAlertOutline,
    },
  },
  {
    path: '/support/complaints/:id',
    name: 'support-complaint',
    component: () => import('./support-complaint-page.vue'),
    props: true,
    meta: { title: 'complaints.inbox.detailTitle', requiresAuth: true, staff: 'support' },
  },
];
