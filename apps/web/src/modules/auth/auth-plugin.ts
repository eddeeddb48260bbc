// Wires the auth store into the app: restores the session on start, keeps logged-out visitors out of
// the pages that need a login (and logged-in ones out of login and registration), keeps each role to
// its pages (staff in the staff area, support/staff-access.ts), and sends the user to the login page
// when their session ends by itself.
import type { App } from 'vue';
import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router';
import { useSupportViewStore } from '../support-view/support-view.store.js';
import { isStaffRole, needsLogin, pageAccess, type PageAccess } from '../support/staff-access.js';
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

/** Where a navigation the role may not make goes instead. */
function elsewhere(access: Exclude<PageAccess, 'open'>, to: RouteLocationNormalized): RouteLocationRaw {
  switch (access) {
    case 'login':
      return loginLocation(to);
    case 'enrol':
      return { name: 'support-enrol' };
    case 'staff-home':
      return { name: 'support-lookup' };
    case 'not-found':
      // the not-found page at the address asked for
      return {
        name: 'not-found',
        params: { pathMatch: to.path.slice(1).split('/') },
        query: to.query,
        hash: to.hash,
      };
  }
}

/** Install after Pinia and the API plugin, and before the router (so the first navigation is guarded). */
export function createAuthPlugin(router: Router) {
  return {
    install(app: App) {
      const auth = app.runWithContext(() => useAuthStore());
      const view = app.runWithContext(() => useSupportViewStore());
      void auth.start();

      /** Whether staff have a customer's view open (after a reload, the tab's view restored first). */
      async function viewingCustomer(): Promise<boolean> {
        if (!auth.user || !isStaffRole(auth.user.role)) return false;
        if (view.pending()) await view.restore();
        return view.active;
      }

      router.beforeEach(async (to) => {
        if (!needsLogin(to.meta) && !to.meta.guestOnly) return true;
        await auth.start();
        if (to.meta.guestOnly)
          return auth.isLoggedIn ? (safeRedirect(to.query.redirect) ?? { name: 'overview' }) : true;
        const viewing = !to.meta.staff && (await viewingCustomer());
        const access = pageAccess(to.meta, auth.user, viewing);
        return access === 'open' ? true : elsewhere(access, to);
      });

      auth.onSessionLost(() => {
        const current = router.currentRoute.value;
        if (needsLogin(current.meta)) void router.replace(loginLocation(current));
      });
    },
  };
}
