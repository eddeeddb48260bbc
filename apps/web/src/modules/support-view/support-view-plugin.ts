// Wires staff's view of a customer's account into the app: a view ends with the staff session, and
// when a view ends while a customer page shows it, staff go back to the look-up (the page must not
// keep showing the data). The auth guard restores a tab's view after a reload (auth-plugin.ts).
import type { App } from 'vue';
import { watch } from 'vue';
import type { Router } from 'vue-router';
import { useAuthStore } from '../auth/auth.store.js';
import { isStaffRole, needsLogin, type Role } from '../support/staff-access.js';
import { useSupportViewStore } from './support-view.store.js';

const isStaff = (role: Role | undefined) => role !== undefined && isStaffRole(role);

/** Install after the auth plugin and before the router. */
export function createSupportViewPlugin(router: Router) {
  return {
    install(app: App) {
      const auth = app.runWithContext(() => useAuthStore());
      const view = app.runWithContext(() => useSupportViewStore());

      // a page that only pays or changes something stays closed while a customer's view is open
      router.beforeEach((to) => !(view.active && to.meta.paysOrChanges));

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
          if (!active && isStaff(auth.user?.role) && needsLogin(current.meta) && !current.meta.staff)
            void router.replace('/support');
        },
      );
    },
  };
}
