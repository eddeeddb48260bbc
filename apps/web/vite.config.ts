import * as mdi from '@mdi/js';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import vuetify from 'vite-plugin-vuetify';
import { firstPageChunks } from './vite-plugins/first-page-chunks.js';
import { lazyVuetifyProgress } from './vite-plugins/lazy-vuetify-progress.js';
import { noVuetifyDates } from './vite-plugins/no-vuetify-dates.js';
import { precompileMessages } from './vite-plugins/precompile-messages.js';
import { onlyUsedIconAliases } from './vite-plugins/vuetify-icon-aliases.js';

// The API serves the built SPA in production; in development Vite serves it and proxies the API.
const api = 'http://127.0.0.1:3000';

/**
 * Writes each @mdi/js icon that a file imports into that file as its path string. @mdi/js is a single
 * module, so a bundle keeps every icon the app uses in one chunk, which the first page would load with
 * the icons of every page; inlined, each page carries its own few.
 */
function inlineMdiIcons(): Plugin {
  const icons = mdi as Record<string, string>;
  const imports = /import\s*\{([^}]*)\}\s*from\s*['"]@mdi\/js['"];?/g;
  return {
    name: 'inline-mdi-icons',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('@mdi/js')) return null;
      const inlined = code.replace(imports, (_all, names: string) =>
        names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
          .map((name) => {
            const [icon, local = icon] = name.split(/\s+as\s+/) as [string, string?];
            const path = icons[icon];
            if (path === undefined) throw new Error(`${id}: @mdi/js has no icon ${icon}`);
            return `const ${local} = ${JSON.stringify(path)};`;
          })
          .join('\n'),
      );
      return inlined === code ? null : { code: inlined, map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    vue(),
    vuetify({ autoImport: true }),
    inlineMdiIcons(),
    precompileMessages(),
    noVuetifyDates(),
    lazyVuetifyProgress(),
    onlyUsedIconAliases(),
    // The installable app: /manifest.webmanifest, the icons in public/, and the service worker
    // src/sw/sw.ts built into /sw.js with the list of the shell's files (the SPA registers it itself,
    // modules/offline/register-service-worker.ts, and asks before a new version takes over).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,woff2}'] },
      manifest: {
        name: 'Увид у рачун – ЕПС Снабдевање',
        short_name: 'Увид у рачун',
        description: 'Рачуни, стање, уплате и потрошња електричне енергије на једном месту.',
        lang: 'sr-Cyrl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
    // brotli and gzip beside every text file, which the API sends as they are (static-web.ts)
    compression({
      include: /\.(js|mjs|css|html|svg|json|webmanifest)$/,
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      threshold: 1024,
    }),
  ],
  // the manifest lets bench/first-page.mjs add up what a first visit downloads
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    manifest: true,
    rolldownOptions: { output: { codeSplitting: firstPageChunks } },
  },
  // Features of Vue and vue-i18n the app does not use, left out of the bundle: the Options API (every
  // component is a <script setup>), vue-i18n's legacy API and its global components (the one <i18n-t>
  // is imported where it is used).
  define: {
    __VUE_OPTIONS_API__: false,
    __VUE_I18N_LEGACY_API__: false,
    __VUE_I18N_FULL_INSTALL__: false,
  },
  server: { port: 5173, proxy: { '/api': api, '/health': api, '/ready': api } },
});
