// Mounts the whole app (layout, router, i18n, Vuetify, auth) for component tests, on an in-memory
// history. The API is a fake `fetch`: by default nobody is logged in and every other call fails.
import type { Locale } from '@portal/contract';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import App from '../app.vue';
import { createAuthPlugin } from '../modules/auth/auth-plugin.js';
import { createOfflinePlugin } from '../modules/offline/offline-plugin.js';
import { createSupportViewPlugin } from '../modules/support-view/support-view-plugin.js';
import { createApiPlugin } from '../plugins/api.js';
import { createClockPlugin } from '../plugins/clock.js';
import { messages } from '../i18n/messages.js';
import { createI18nPlugin, initialLocale } from '../plugins/i18n.js';
import { createVuetifyPlugin } from '../plugins/vuetify.js';
import { createAppRouter } from '../router/index.js';

export const problem = (status: number, code: string) =>
  new Response(JSON.stringify({ type: 'about:blank', title: code, status, code }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

export const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The user of the tests' logged-in session, as `GET /api/auth/me` answers. */
export const testUser = (locale: Locale = 'en') => ({
  id: '0196a3c2-7d4e-7f00-8000-000000000001',
  username: 'marko',
  email: 'marko@example.com',
  personType: 'natural',
  role: 'customer',
  notifyNewBill: true,
  attachBillPdf: false,
  reminderDaysBefore: 3,
  remindOnDueDate: true,
  newsEmails: false,
  mfa: { totp: false, recoveryCodesLeft: 0 },
  locale,
});

/** What restores a logged-in session: the refresh and `me`, or undefined for any other path. */
export function sessionAnswer(path: string): Response | undefined {
  if (path === '/api/auth/refresh') return jsonResponse({ accessToken: 'token-1', expiresIn: 900 });
  if (path === '/api/auth/me') return jsonResponse(testUser());
  return undefined;
}

/** The API of a visitor who is not logged in: no session to restore, nothing else answers. */
export const loggedOutFetch: typeof fetch = async (input) =>
  String(input).endsWith('/api/auth/refresh') ? problem(401, 'SESSION_EXPIRED') : problem(404, 'NOT_FOUND');

export interface MountOptions {
  fetch?: typeof fetch;
}

export async function mountApp(path = '/', locale?: Locale, options: MountOptions = {}) {
  const i18n = createI18nPlugin(locale ?? initialLocale(), messages);
  const router = createAppRouter(createMemoryHistory());
  const pinia = createPinia();
  const wrapper = mount(App, {
    attachTo: document.body,
    global: {
      plugins: [
        pinia,
        i18n,
        createVuetifyPlugin(i18n),
        createApiPlugin(i18n, options.fetch ?? loggedOutFetch),
        createClockPlugin(router),
        createAuthPlugin(router),
        createSupportViewPlugin(router),
        createOfflinePlugin(),
        router,
      ],
    },
  });
  await router.push(path);
  await router.isReady();
  return { wrapper, router, i18n, pinia };
}

/** Lets lazy routes load and Vue render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
