import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { buildTestApp } from '../testing/test-app.js';
import { cacheControlFor } from './static-web.js';

describe('static web', () => {
  let dist: string;
  let app: App;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'portal-web-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><div id="app"></div>');
    await writeFile(join(dist, 'assets', 'index-Bx9f3kQz.js'), 'console.log(1)');
    // the build writes brotli and gzip beside each file (vite-plugin-compression2)
    const script = 'console.log("compressed");'.repeat(100);
    await writeFile(join(dist, 'assets', 'app-C0mpr3ss.js'), script);
    await writeFile(join(dist, 'assets', 'app-C0mpr3ss.js.br'), brotliCompressSync(script));
    await writeFile(join(dist, 'assets', 'app-C0mpr3ss.js.gz'), gzipSync(script));
    await writeFile(join(dist, 'favicon.ico'), 'icon');
    app = await buildTestApp({ config: { webDist: dist } });
  });

  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves index.html at / without caching', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('id="app"');
  });

  it('caches hashed assets for a year', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-Bx9f3kQz.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ method: 'GET', url: '/favicon.ico' })).headers['cache-control']).toBe(
      'public, max-age=3600',
    );
  });

  it('sends the pre-compressed file the browser accepts, brotli first', async () => {
    const url = '/assets/app-C0mpr3ss.js';
    const brotli = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toContain('compressed');
    const gzip = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('compressed');
  });

  it('falls back to index.html for the SPA routes (history mode)', async () => {
    const response = await app.inject({ method: 'GET', url: '/bills/2026-01?tab=items' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('id="app"');
  });

  it('answers missing files and unknown /api routes with a 404 problem, not index.html', async () => {
    for (const url of ['/assets/missing-abc.js', '/api/unknown', '/api']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await app.inject({ method: 'POST', url: '/bills' })).statusCode).toBe(404);
  });

  it('keeps the API and docs routes', async () => {
    expect((await app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(200);
  });

  it('is skipped when the folder has no index.html', async () => {
    const without = await buildTestApp({ config: { webDist: join(dist, 'assets') } });
    const response = await without.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(404);
    await without.close();
  });

  it('chooses cache headers by path', () => {
    expect(cacheControlFor('/srv/web/assets/app-123.css')).toContain('immutable');
    expect(cacheControlFor('/srv/web/index.html')).toBe('no-cache');
    expect(cacheControlFor('/srv/web/sw.js')).toBe('no-cache');
    expect(cacheControlFor('/srv/web/manifest.webmanifest')).toBe('no-cache');
    expect(cacheControlFor('/srv/web/robots.txt')).toBe('public, max-age=3600');
  });
});
