// The API of the staff area's tests: a restored session of a staff member (or a customer), and the
// staff endpoints answered by the handler a test passes.
import type { Me } from '@portal/contract';
import { jsonResponse, problem, testUser } from '../../testing/mount-app.js';

export type Answer = (path: string, init?: RequestInit) => Response | Promise<Response> | undefined;

export const staffUser = (role: Me['role'] = 'support', totp = true) => ({
  ...testUser('en'),
  username: `demo.${role}`,
  role,
  mfa: { totp, recoveryCodesLeft: totp ? 10 : 0 },
});

/** Every request the fake API saw, path and query. */
export interface Recorder {
  calls: string[];
  fetch: typeof fetch;
}

/** A session of `user` restored on start; `answer` answers the rest (unanswered: 404). */
export function sessionOf(
  user: ReturnType<typeof staffUser> | null,
  answer: Answer = () => undefined,
): Recorder {
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    const path = url.split('?')[0]!;
    calls.push(url);
    if (path === '/api/auth/refresh')
      return user
        ? jsonResponse({ accessToken: 'token-1', expiresIn: 900 })
        : problem(401, 'SESSION_EXPIRED');
    if (path === '/api/auth/me' && user) return jsonResponse(user);
    return (await answer(url, init)) ?? problem(404, 'NOT_FOUND');
  };
  return { calls, fetch };
}
