// Customer news in the SPA: the overview shows the announcements (news-cards.vue, placed by the
// metering-points overview); supervisors write them on /support/news, which the staff navigation lists.
import { mdiBullhornOutline } from '@mdi/js';
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/support/news',
    name: 'support-news',
    component: () => import('./news-admin-page.vue'),
    meta: {
      requiresAuth: true,
      staff: 'supervisor',
      title: 'news.admin.title',
      staffNav: 'news.admin.nav',
      staffNavOrder: 50,
      staffNavIcon: mdiBullhornOutline,
    },
  },
];
