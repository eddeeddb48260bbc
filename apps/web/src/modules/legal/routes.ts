// The legal module: the terms and privacy pages and the page-not-found page; owns their texts.
// Its routes come last, since the catch-all must.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/terms',
    name: 'terms',
    component: () => import('./legal-page.vue'),
    props: { topic: 'terms' },
    meta: { title: 'legal.terms' },
  },
  {
    path: '/privacy',
    name: 'privacy',
    component: () => import('./legal-page.vue'),
    props: { topic: 'privacy' },
    meta: { title: 'legal.privacy' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./not-found-page.vue'),
    meta: { title: 'errors.notFoundTitle' },
  },
];
