// Keeps the offline cache to its user: emptied when they log out (or their session ends) and when
// another user logs in on this device. Install after the auth plugin.
import type { App } from 'vue';
import { watch } from 'vue';
import { useAuthStore } from '../auth/auth.store.js';
import { forgetOfflineData } from './offline-cache.js';

const ownerKey = 'portal.offline.owner';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function createOfflinePlugin() {
  return {
    install(app: App) {
      const auth = app.runWithContext(() => useAuthStore());
      watch(
        () => auth.user?.id ?? null,
        (id, before) => {
          const owner = storage()?.getItem(ownerKey) ?? null;
          if ((id === null && before) || (id !== null && owner !== null && owner !== id))
            void forgetOfflineData();
          if (id !== null) storage()?.setItem(ownerKey, id);
          else if (before) storage()?.removeItem(ownerKey);
        },
      );
    },
  };
}
