import type { Locale } from '@portal/contract';
import type { App, InjectionKey } from 'vue';
import { createApiClient, type ApiClient } from '../api/client.js';
import type { I18nPlugin } from './i18n.js';

export const apiKey: InjectionKey<ApiClient> = Symbol('api');

/**
 * Provides the API client to every component; requests carry the current interface language. In
 * development and tests every answer is checked against its route's contract.
 */
export function createApiPlugin(i18n: I18nPlugin, fetch?: typeof globalThis.fetch) {
  const client = createApiClient({
    locale: () => i18n.global.locale.value as Locale,
    fetch,
    checkResponses: import.meta.env.DEV || import.meta.env.MODE === 'test',
  });
  return {
    client,
    install(app: App) {
      app.provide(apiKey, client);
    },
  };
}
