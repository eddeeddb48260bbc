// The support module: the staff area's frame (layout, navigation, role guard), the look-up of
// customers, the regional imports and their quarantine, unconfirmed portal payments, and the TOTP
// enrolment staff must do first. Other modules add staff pages with `meta.staff` and, for the
// navigation, `meta.staffNav`: the frame finds them there.
import { mdiAccountSearchOutline, mdiCashClock, mdiDatabaseImportOutline } from '@mdi/js';
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/support',
    name: 'support-lookup',
    component: () => import('./lookup-page.vue'),
    meta: {
      title: 'support.lookup.title',
      requiresAuth: true,
      staff: 'support',
      staffNav: 'support.nav.lookup',
      staffNavOrder: 10,
      staffNavIcon: mdiAccountSearchOutline,
    },
  },
  {
    path: '/support/enrol',
    name: 'support-enrol',
    component: () => import('./enrol-page.vue'),
    meta: { title: 'support.enrol.title', requiresAuth: true, staffEnrolment: true },
  },
  {
    path: '/support/imports',
    name: 'support-imports',
    component: () => import('./imports-page.vue'),
    meta: {
      title: 'support.imports.title',
      requiresAuth: true,
      staff: 'support',
      staffNav: 'support.nav.imports',
      staffNavOrder: 30,
      staffNavIcon: mdiDatabaseImportOutline,
    },
  },
  {
    path: '/support/imports/:id',
    name: 'support-quarantine',
    component: () => import('./quarantine-page.vue'),
    props: true,
    meta: { title: 'support.quarantine.title', requiresAuth: true, staff: 'support' },
  },
  {
    path: '/support/payments/unconfirmed',
    name: 'support-unconfirmed-payments',
    component: () => import('./unconfirmed-payments-page.vue'),
    meta: {
      title: 'support.unconfirmed.title',
      requiresAuth: true,
      staff: 'support',
      staffNav: 'support.nav.unconfirmed',
      staffNavOrder: 40,
      staffNavIcon: mdiCashClock,
    },
  },
];
