// Reference data the SPA asks the API for once (the regions, the server's clock): one request per API
// client, shared by every component that needs it; a failed one is asked again the next time.
import type { ApiClient } from '../api/client.js';

const answers = new WeakMap<ApiClient, Map<string, Promise<unknown>>>();

export function oncePerClient<T>(client: ApiClient, key: string, load: () => Promise<T>): Promise<T> {
  let cache = answers.get(client);
  if (!cache) answers.set(client, (cache = new Map()));
  let answer = cache.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = load();
    cache.set(key, answer);
    answer.catch(() => cache.delete(key));
  }
  return answer;
}
