import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import HomePage from '../modules/home/home-page.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** The message key of the page's name, shown in the browser tab before the portal's name. */
    title?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  // Logged-in users land on their overview instead (the guestOnly guard sends them there).
  { path: '/', name: 'home', component: HomePage, meta: { guestOnly: true } },
  {
    path: '/overview',
    name: 'overview',
    component: () => import('../modules/metering-points/overview-page.vue'),
    meta: { title: 'overview.title', requiresAuth: true },
  },
  {
    path: '/consumption',
    name: 'consumption',
    component: () => import('../modules/consumption/consumption-page.vue'),
    meta: { title: 'consumption.accountTitle', requiresAuth: true },
  },
  {
    path: '/contracts',
    name: 'contracts',
    component: () => import('../modules/contracts/contracts-page.vue'),
    meta: { title: 'contracts.title', requiresAuth: true },
  },
  {
    path: '/metering-points/:id',
    name: 'metering-point',
    component: () => import('../modules/metering-points/metering-point-page.vue'),
    props: true,
    meta: { title: 'overview.list', requiresAuth: true },
  },
  {
    path: '/bills/:id',
    name: 'bill',
    component: () => import('../modules/bills/bill-page.vue'),
    props: true,
    meta: { title: 'bills.title', requiresAuth: true },
  },
  {
    path: '/pay',
    name: 'pay',
    component: () => import('../modules/payments/pay-page.vue'),
    meta: { title: 'pay.title', requiresAuth: true },
  },
  {
    path: '/payments',
    name: 'payments',
    component: () => import('../modules/payments/payments-page.vue'),
    meta: { title: 'payments.title', requiresAuth: true },
  },
  {
    // Where the card gateway sends the browser back; its query string is ignored (the page asks the API).
    path: '/payments/orders/:id',
    name: 'payment-order',
    component: () => import('../modules/payments/payment-order-page.vue'),
    props: true,
    meta: { title: 'paymentOrder.title', requiresAuth: true },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('../modules/auth/login-page.vue'),
    meta: { title: 'login.title', guestOnly: true },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('../modules/auth/register-page.vue'),
    meta: { title: 'register.title', guestOnly: true },
  },
  {
    path: '/verify',
    name: 'verify',
    component: () => import('../modules/auth/verify-page.vue'),
    meta: { title: 'verify.title' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('../modules/auth/forgot-password-page.vue'),
    meta: { title: 'forgot.title' },
  },
  {
    // The path of the e-mailed link (apps/api password-reset.service.ts).
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('../modules/auth/reset-password-page.vue'),
    meta: { title: 'reset.title' },
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('../modules/account/account-page.vue'),
    meta: { title: 'account.title', requiresAuth: true },
  },
  {
    path: '/dev/mailbox',
    name: 'dev-mailbox',
    component: () => import('../modules/dev-mailbox/mailbox-page.vue'),
    meta: { title: 'mailbox.title' },
  },
  {
    path: '/terms',
    name: 'terms',
    component: () => import('../modules/legal/legal-page.vue'),
    props: { topic: 'terms' },
    meta: { title: 'legal.terms' },
  },
  {
    path: '/privacy',
    name: 'privacy',
    component: () => import('../modules/legal/legal-page.vue'),
    props: { topic: 'privacy' },
    meta: { title: 'legal.privacy' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../modules/legal/not-found-page.vue'),
    meta: { title: 'errors.notFoundTitle' },
  },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
    history,
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  });
}
