// The home module: the public landing page (what the portal offers, how to start).
// Owns its page and its texts (messages.*.ts); logged-in users are sent on to their overview.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  // Logged-in users land on their overview instead (the guestOnly guard sends them there).
  { path: '/', name: 'home', component: () => import('./home-page.vue'), meta: { guestOnly: true } },
];
