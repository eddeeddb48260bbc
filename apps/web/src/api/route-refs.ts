// The routes the first page calls (restoring the session, logging in, the clock, the staff's view of a
// customer, the dev mailbox's link), by method, path and audience only. The contract's declarations
// carry their zod schemas, and zod is more script than the first page should load: `call` takes these
// references like declarations, and the check of answers (development and tests) looks the declaration
// up itself. route-refs.test.ts holds each reference to its declaration.
import type {
  accountRoutes,
  authRoutes,
  devMailboxRoutes,
  healthRoutes,
  mfaRoutes,
  referenceRoutes,
  Route,
  supportAccessRoutes,
} from '@portal/contract';

declare const declaration: unique symbol;

/** A route by method, path and audience, typed as its declaration `R`. */
export type RouteRef<R extends Route = Route> = Pick<R, 'method' | 'path' | 'auth' | 'binary'> & {
  /** only the type: what `call` passes and answers */
  readonly [declaration]?: R;
};

function ref<R extends Route & { readonly binary: false }>(
  method: R['method'],
  path: R['path'],
  auth: R['auth'],
): RouteRef<R> {
  return Object.freeze({ method, path, auth, binary: false }) as RouteRef<R>;
}

export const firstPageRoutes = {
  login: ref<typeof authRoutes.login>('POST', '/api/auth/login', 'public'),
  loginMfa: ref<typeof mfaRoutes.loginMfa>('POST', '/api/auth/login/mfa', 'public'),
  refresh: ref<typeof authRoutes.refresh>('POST', '/api/auth/refresh', 'refreshCookie'),
  logout: ref<typeof authRoutes.logout>('POST', '/api/auth/logout', 'refreshCookie'),
  me: ref<typeof accountRoutes.me>('GET', '/api/auth/me', 'session'),
  clock: ref<typeof referenceRoutes.clock>('GET', '/api/clock', 'public'),
  health: ref<typeof healthRoutes.health>('GET', '/health', 'public'),
  mailbox: ref<typeof devMailboxRoutes.list>('GET', '/api/dev/mailbox', 'public'),
  openSupportAccess: ref<typeof supportAccessRoutes.open>(
    'POST',
    '/api/support/customers/:id/access',
    'session',
  ),
  supportAccess: ref<typeof supportAccessRoutes.get>('GET', '/api/support/accesses/:id', 'session'),
};
