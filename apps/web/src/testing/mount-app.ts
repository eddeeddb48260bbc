// Mounts the whole app (layout, router, i18n, Vuetify) for component tests, on an in-memory history.
import type { Locale } from '@portal/contract';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import App from '../app.vue';
import { createApiPlugin } from '../plugins/api.js';
import { createI18nPlugin } from '../plugins/i18n.js';
import { createVuetifyPlugin } from '../plugins/vuetify.js';
import { createAppRouter } from '../router/index.js';

export async function mountApp(path = '/', locale?: Locale) {
  const i18n = createI18nPlugin(locale);
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18n, createVuetifyPlugin(i18n), createApiPlugin(i18n), router] },
  });
  return { wrapper, router, i18n };
}

/** Lets lazy routes load and Vue render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
