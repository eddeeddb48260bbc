// The portal's service worker (built by vite-plugin-pwa's injectManifest into /sw.js): the app shell
// is precached so the portal opens offline, every navigation gets the shell (the SPA routes it), and
// the bills the user read are kept for the offline page (modules/offline/offline-cache.ts). A new
// version waits until the user accepts the update prompt (it then posts SKIP_WAITING).
/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import {
  isKeptOffline,
  mayKeep,
  offlineCacheEntries,
  offlineCacheName,
} from '../modules/offline/offline-cache.js';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Deep links open offline too; the API and the health checks are never answered with the shell.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/health/, /^\/ready/, /^\/manifest\.webmanifest$/],
  }),
);

registerRoute(
  ({ request, url }) => request.method === 'GET' && url.origin === self.location.origin && isKeptOffline(url),
  new NetworkFirst({
    cacheName: offlineCacheName,
    networkTimeoutSeconds: 6,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: offlineCacheEntries }),
      { cacheWillUpdate: async ({ request, response }) => (mayKeep(request.headers) ? response : null) },
    ],
  }),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
