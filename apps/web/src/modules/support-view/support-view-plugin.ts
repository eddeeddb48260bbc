// Wires staff's view of a customer's account into the app: after a reload the tab's open view is
// restored before the first page loads, a view ends with the session, and when a view ends while a
// customer page shows it, staff go back to the look-up (the page must not keep showing the data).
import type { App } from 'vue';
import { watch } from 'vue';
import type { Router } from 'vue-router';
import { useAuthStore } from '../auth/auth.store.js';
import { useSupportViewStore } from './support-view.store.js';

const isStaff = (role: string | undefined) => role === 'support' || role === 'supervisor';

/** Install after the auth plugin and before the router. */
export function createSupportViewPlugin(router: Router) {
  return {
    install(app: App) {
      const auth = app.runWithContext(() => useAuthStore());
      const view = app.runWithContext(() => useSupportViewStore());

      router.beforeEach(async () => {
        if (!view.pending()) return true;
        await auth.start();
        if (isStaff(auth.user?.role)) await view.restore();
        else view.end();
        return true;
      });

      watch(
        () => auth.user,
        (user) => {
          if (!isStaff(user?.role)) view.end();
        },
      );

      watch(
        () => view.active,
        (active) => {
          const current = router.currentRoute.value;
          if (!active && isStaff(auth.user?.role) && current.meta.requiresAuth && !current.meta.staff)
            void router.replace('/support');
        },
      );
    },
  };
}
