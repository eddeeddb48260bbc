// The JavaScript a first visit downloads, per page: the entry with its static imports, the dynamic
// imports every start fires (the language's part of the catalogue, the service worker's registration),
// and the page's own chunk with its imports, from the build's manifest (run `pnpm build` first). CSS is
// not counted. Prints gzip and brotli sizes as the server sends them (the .gz and .br files beside
// each). e2e/tests/first-page.test.ts counts the same in Chromium, from the bytes it received.
// Usage: node apps/web/bench/first-page.mjs
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) throw new Error('no build manifest: run `pnpm build` first');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

/** A chunk and everything it imports statically (what the browser preloads with it). */
function withImports(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const next of chunk.imports ?? []) withImports(next, into);
  return into;
}

/** The size as sent: the pre-compressed file when the build wrote one (files under 1 KB go as they are). */
function sent(file, suffix, compress) {
  const path = join(dist, file);
  if (existsSync(`${path}${suffix}`)) return statSync(`${path}${suffix}`).size;
  return compress ? compress(readFileSync(path)).length : statSync(path).size;
}

const pages = {
  'landing (/)': 'src/modules/home/home-page.vue',
  'login (/login)': 'src/modules/auth/login-page.vue',
};
// the first page's part of its language's catalogue, as the app loads it (src/i18n/shipped/)
const catalogues = {
  'sr-Cyrl': 'src/i18n/shipped/first-page.sr-Cyrl.ts',
  'sr-Latn': 'src/i18n/shipped/first-page.sr-Latn.ts',
  en: 'src/i18n/shipped/first-page.en.ts',
};

// dynamic imports fired at every start, whatever the page: vite-plugin-pwa's registration (main.ts)
const startup = Object.keys(manifest).filter((key) => /\/workbox-window\//.test(key));
for (const catalogue of Object.values(catalogues))
  if (!manifest[catalogue]) throw new Error(`the build's manifest has no ${catalogue}`);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  'page'.padEnd(16),
  'language'.padEnd(9),
  'files'.padStart(5),
  'gzip'.padStart(10),
  'brotli'.padStart(10),
);
for (const [page, source] of Object.entries(pages))
  for (const [language, catalogue] of Object.entries(catalogues)) {
    const files = withImports('index.html');
    withImports(catalogue, files);
    for (const key of startup) withImports(key, files);
    withImports(source, files);
    const js = [...files].filter((file) => file.endsWith('.js'));
    const gzip = js.reduce((sum, file) => sum + sent(file, '.gz', (b) => gzipSync(b, { level: 9 })), 0);
    const brotli = js.reduce((sum, file) => sum + sent(file, '.br', brotliCompressSync), 0);
    console.log(
      page.padEnd(16),
      language.padEnd(9),
      String(js.length).padStart(5),
      kb(gzip).padStart(10),
      kb(brotli).padStart(10),
    );
  }
