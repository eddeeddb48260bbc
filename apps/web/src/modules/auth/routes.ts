// The auth module: login, registration (captcha, password rules), e-mail verification, password reset,
// the session store and its router guard, the user menu; owns those pages' texts.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./login-page.vue'),
    meta: { title: 'login.title', guestOnly: true },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('./register-page.vue'),
    meta: { title: 'register.title', guestOnly: true },
  },
  {
    path: '/verify',
    name: 'verify',
    component: () => import('./verify-page.vue'),
    meta: { title: 'verify.title' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('./forgot-password-page.vue'),
    meta: { title: 'forgot.title' },
  },
  {
    // The path of the e-mailed link (apps/api password-reset.service.ts).
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('./reset-password-page.vue'),
    meta: { title: 'reset.title' },
  },
];
