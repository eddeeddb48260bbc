// Registers the service worker (production builds only: Vite's dev server serves none) and tells the
// update store when a new version waits. Imported by main.ts alone, so tests never load the virtual
// module of vite-plugin-pwa.
import { registerSW } from 'virtual:pwa-register';
import type { useAppUpdateStore } from './app-update.store.js';

export function registerServiceWorker(updates: ReturnType<typeof useAppUpdateStore>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => updates.offer(() => update(true)),
  });
}
