// Mounts one component with what it needs of the app (i18n, Vuetify, router, Pinia) and an API whose
// answers a test gives per path; every request is recorded.
import type { Locale } from '@portal/contract';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { Component } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { createApiPlugin } from '../plugins/api.js';
import { createI18nPlugin } from '../plugins/i18n.js';
import { createVuetifyPlugin } from '../plugins/vuetify.js';
import { createAppRouter } from '../router/index.js';
import { jsonResponse, problem } from './mount-app.js';

/** The body (or a whole Response) for a request, by its URL and init (method, body); undefined for 404. */
export type Answer = (url: URL, init?: RequestInit) => unknown;

export function mountWithApi(
  component: Component,
  props: Record<string, unknown>,
  answer: Answer,
  locale: Locale = 'en',
) {
  const i18n = createI18nPlugin(locale);
  const requested: URL[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input), 'http://portal.test');
    requested.push(url);
    const body = answer(url, init);
    if (body instanceof Response) return body;
    return body === undefined ? problem(404, 'NOT_FOUND') : jsonResponse(body);
  };
  const wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: {
      plugins: [
        createPinia(),
        i18n,
        createVuetifyPlugin(i18n),
        createApiPlugin(i18n, fetch),
        createAppRouter(createMemoryHistory()),
      ],
    },
  });
  return { wrapper, requested, i18n };
}
