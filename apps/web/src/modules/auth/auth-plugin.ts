// Wires the auth store into the app: restores the session on start, keeps logged-out visitors out of
// the pages that need a login (and logged-in ones out of login and registration), and sends the user
// to the login page when their session ends by itself.
import type { App } from 'vue';
import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router';
import { useAuthStore } from './auth.store.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** only for logged-in users: others are sent to /login?redirect=… */
    requiresAuth?: boolean;
    /** only for visitors who are not logged in (home, login, registration): others go to their overview */
    guestOnly?: boolean;
  }
}

/** A redirect target from the query, only when it is a path inside the portal (no open redirect). */
export function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

export function loginLocation(to: Pick<RouteLocationNormalized, 'fullPath'>): RouteLocationRaw {
  return { name: 'login', query: { redirect: to.fullPath } };
}

/** Install after Pinia and the API plugin, and before the router (so the first navigation is guarded). */
export function createAuthPlugin(router: Router) {
  return {
    install(app: App) {
      const auth = app.runWithContext(() => useAuthStore());
      void auth.start();

      router.beforeEach(async (to) => {
        if (!to.meta.requiresAuth && !to.meta.guestOnly) return true;
        await auth.start();
        if (to.meta.requiresAuth && !auth.isLoggedIn) return loginLocation(to);
        if (to.meta.guestOnly && auth.isLoggedIn)
          return safeRedirect(to.query.redirect) ?? { name: 'overview' };
        return true;
      });

      auth.onSessionLost(() => {
        const current = router.currentRoute.value;
        if (current.meta.requiresAuth) void router.replace(loginLocation(current));
      });
    },
  };
}
