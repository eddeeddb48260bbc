import vue from '@vitejs/plugin-vue';
import vuetify from 'vite-plugin-vuetify';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [vue(), vuetify({ autoImport: true })],
  test: {
    name: 'web',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['src/testing/setup.ts'],
    css: false,
    server: { deps: { inline: ['vuetify'] } },
  },
});
