import vue from '@vitejs/plugin-vue';
import vuetify from 'vite-plugin-vuetify';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [vue(), vuetify({ autoImport: true })],
  test: {
    name: 'web',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'vite-plugins/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['src/testing/setup.ts'],
    css: false,
    // a whole app mounted with its lazy pages: seconds on a busy machine, where 5 s fails sound tests
    testTimeout: 20_000,
    server: { deps: { inline: ['vuetify'] } },
  },
});
