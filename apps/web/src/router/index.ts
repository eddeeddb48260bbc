import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import HomePage from '../modules/home/home-page.vue';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/login', name: 'login', component: () => import('../modules/auth/login-page.vue') },
  {
    path: '/terms',
    name: 'terms',
    component: () => import('../modules/legal/legal-page.vue'),
    props: { topic: 'terms' },
  },
  {
    path: '/privacy',
    name: 'privacy',
    component: () => import('../modules/legal/legal-page.vue'),
    props: { topic: 'privacy' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../modules/legal/not-found-page.vue'),
  },
];

export function createAppRouter(history = createWebHistory()) {
  return createRouter({
    history,
    routes,
    scrollBehavior: () => ({ top: 0 }),
  });
}
