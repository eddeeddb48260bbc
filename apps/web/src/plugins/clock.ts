// Asks the server's clock at start and holds the first navigation until it has answered (or failed),
// so that every page's "today" (composables/use-today.ts) is the server's from its first render.
import type { App } from 'vue';
import type { Router } from 'vue-router';
import { useApi } from '../composables/use-api.js';
import { syncServerClock } from '../composables/use-today.js';

/** Install after the API plugin and before the router. */
export function createClockPlugin(router: Router) {
  return {
    install(app: App) {
      const synced = syncServerClock(app.runWithContext(() => useApi()));
      router.beforeEach(async () => {
        await synced;
        return true;
      });
    },
  };
}
