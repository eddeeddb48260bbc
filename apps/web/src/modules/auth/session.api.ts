// The session's endpoints (auth.store.ts): by the first page's route references, which load no zod.
import type { ApiClient, RequestOptions } from '../../api/client.js';
import { firstPageRoutes as routes } from '../../api/route-refs.js';

export function sessionApi(api: ApiClient) {
  return {
    login: (login: string, password: string) => api.call(routes.login, { body: { login, password } }),
    loginMfa: (mfaToken: string, code: string) => api.call(routes.loginMfa, { body: { mfaToken, code } }),
    refresh: () => api.call(routes.refresh),
    logout: () => api.call(routes.logout),
    me: (options?: RequestOptions) => api.call(routes.me, {}, options),
  };
}
