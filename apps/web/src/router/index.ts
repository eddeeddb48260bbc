import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import HomePage from '../modules/home/home-page.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** The message key of the page's name, shown in the browser tab before the portal's name. */
    title?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  {
    path: '/login',
    name: 'login',
    component: () => import('../modules/auth/login-page.vue'),
    meta: { title: 'login.title' },
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
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
}
