import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { isApiPath } from './external/rate-limit.js';

export interface StaticWebOptions {
  /** the built SPA (apps/web/dist) */
  root: string;
}

const immutable = 'public, max-age=31536000, immutable';

/**
 * Vite puts content-hashed files in assets/; everything else may change under the same name. The
 * page, the service worker and the web app manifest are revalidated on every load, so that a new
 * version is found at once (and the update prompt offered).
 */
export function cacheControlFor(path: string): string {
  if (/[/\\]assets[/\\]/.test(path)) return immutable;
  if (/(index\.html|sw\.js|manifest\.webmanifest)$/.test(path)) return 'no-cache';
  return 'public, max-age=3600';
}

/** A path the SPA's router owns: not the API, and not a file (no extension in the last segment). */
function isAppRoute(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '/';
  return !isApiPath(path) && !/\.[^/]*$/.test(path);
}

/**
 * Serves the built SPA when its folder holds an index.html (after `pnpm build`; in development Vite
 * serves it instead): the files as they are (brotli or gzip when the build compressed them and the
 * browser takes it), hashed assets cached for a year, index.html revalidated
 * on every load, and index.html for any other GET outside /api so deep links work (history mode).
 */
export default fp<StaticWebOptions>(
  async (app, { root }) => {
    if (!existsSync(join(root, 'index.html'))) {
      app.log.debug({ root }, 'no built web app; not serving it');
      return;
    }
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      // the build writes .br and .gz beside each file (apps/web/vite.config.ts): no compression per request
      preCompressed: true,
      setHeaders: (reply: FastifyReply, path: string) => {
        reply.header('cache-control', cacheControlFor(path));
      },
    });
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (!isAppRoute(request.url)) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  },
  { name: 'static-web', dependencies: ['errors'] },
);
