import '@fontsource/roboto/latin-400.css';
import '@fontsource/roboto/latin-ext-400.css';
import '@fontsource/roboto/cyrillic-400.css';
import '@fontsource/roboto/latin-500.css';
import '@fontsource/roboto/latin-ext-500.css';
import '@fontsource/roboto/cyrillic-500.css';
import '@fontsource/roboto/latin-700.css';
import '@fontsource/roboto/latin-ext-700.css';
import '@fontsource/roboto/cyrillic-700.css';
import 'vuetify/styles';
import './styles/global.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './app.vue';
import { createAuthPlugin } from './modules/auth/auth-plugin.js';
import { useAppUpdateStore } from './modules/offline/app-update.store.js';
import { createOfflinePlugin } from './modules/offline/offline-plugin.js';
import { registerServiceWorker } from './modules/offline/register-service-worker.js';
import { createSupportViewPlugin } from './modules/support-view/support-view-plugin.js';
import { createApiPlugin } from './plugins/api.js';
import { createClockPlugin } from './plugins/clock.js';
import { loadCataloguesBeforePages, startI18n } from './plugins/i18n.js';
import { createVuetifyPlugin } from './plugins/vuetify.js';
import { createAppRouter } from './router/index.js';

const i18n = await startI18n();
const router = createAppRouter();
loadCataloguesBeforePages(router, i18n);
const pinia = createPinia();
createApp(App)
  .use(pinia)
  .use(i18n)
  .use(createVuetifyPlugin(i18n))
  .use(createApiPlugin(i18n))
  .use(createClockPlugin(router))
  .use(createAuthPlugin(router))
  .use(createSupportViewPlugin(router))
  .use(createOfflinePlugin())
  .use(router)
  .mount('#app');
registerServiceWorker(useAppUpdateStore(pinia));
