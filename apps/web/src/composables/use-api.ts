import { inject } from 'vue';
import type { ApiClient } from '../api/client.js';
import { apiKey } from '../plugins/api.js';

export function useApi(): ApiClient {
  const client = inject(apiKey);
  if (!client) throw new Error('useApi() needs the API plugin (plugins/api.ts) installed');
  return client;
}
