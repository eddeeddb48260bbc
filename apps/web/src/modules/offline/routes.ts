// The offline module: the installable app's offline page (the bills kept by the service worker), the
// update prompt, and the cache rules the service worker shares with them.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/offline',
    name: 'offline',
    component: () => import('./offline-page.vue'),
    meta: { title: 'offline.title' },
  },
];
