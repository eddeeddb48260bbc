// The session check's cache (plugins/auth.ts): a session revoked where this process cannot see it
// (another API process, a statement outside any request) is refused once the cache's time is over; one
// revoked through this process's own requests is refused at once.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { startAccountsTestApp, type AccountsTestApp } from '../testing/accounts.js';
import { sessionCheckCacheMs } from './auth.js';

// long enough that the answers "still cached" are asked within it on a busy machine
const cacheMs = 4_000;
let app: App;
let prisma: AccountsTestApp['prisma'];
let helpers: AccountsTestApp['helpers'];
let started: AccountsTestApp | undefined;

beforeAll(async () => {
  started = await startAccountsTestApp({ sessionCheckCacheMs: cacheMs });
  ({ app, prisma, helpers } = started);
});
afterAll(() => started?.close());

const me = (headers: Record<string, string>) => app.inject({ method: 'GET', url: '/api/auth/me', headers });
const sessionIdOf = (accessToken: string): string =>
  JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString()).sid;

describe('the session check', () => {
  it('is cached for a few seconds at most by default', () => {
    expect(sessionCheckCacheMs).toBeLessThanOrEqual(5_000);
  });

  it('refuses a session revoked outside its requests once the cache time is over', async () => {
    const session = await helpers.logIn(await helpers.verifiedUser());
    // the session is read (and cached) between these two moments
    const asked = performance.now();
    expect((await me(session.headers)).statusCode).toBe(200);
    const answered = performance.now();
    // as another API process would: straight in the database
    await prisma.session.update({
      where: { id: sessionIdOf(session.accessToken) },
      data: { revokedAt: new Date(), revokedReason: 'logout' },
    });
    // Within the cache's time the session read a moment ago still counts (the bound is what matters).
    if (performance.now() - asked < cacheMs - 200) expect((await me(session.headers)).statusCode).toBe(200);
    await sleep(Math.max(0, answered + cacheMs + 50 - performance.now()));
    const refused = await me(session.headers);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('SESSION_EXPIRED');
  });

  it('refuses at once a session ended through this process', async () => {
    const user = await helpers.verifiedUser();
    const [first, second] = [await helpers.logIn(user), await helpers.logIn(user)];
    expect((await me(first.headers)).statusCode).toBe(200);
    expect((await me(second.headers)).statusCode).toBe(200);
    // "log out everywhere else" from the second session ends the first, cached a moment ago
    const others = await app.inject({
      method: 'DELETE',
      url: '/api/auth/sessions/others',
      headers: second.headers,
    });
    expect(others.statusCode).toBeLessThan(300);
    expect((await me(first.headers)).statusCode).toBe(401);
    expect((await me(second.headers)).statusCode).toBe(200);
    // and its own logout, by id
    const own = await app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${sessionIdOf(second.accessToken)}`,
      headers: second.headers,
    });
    expect(own.statusCode).toBeLessThan(300);
    expect((await me(second.headers)).statusCode).toBe(401);
  });

  it("keeps another user's cached session through an unrelated user's write", async () => {
    const [ana, bora] = [await helpers.verifiedUser(), await helpers.verifiedUser()];
    const anaSession = await helpers.logIn(ana);
    const boraSession = await helpers.logIn(bora);
    expect((await me(anaSession.headers)).statusCode).toBe(200);
    const read = performance.now();
    // Ana's session ends where this process cannot see it; only the cache still holds it open
    await prisma.session.update({
      where: { id: sessionIdOf(anaSession.accessToken) },
      data: { revokedAt: new Date(), revokedReason: 'logout' },
    });
    const write = await app.inject({
      method: 'DELETE',
      url: '/api/auth/sessions/others',
      headers: boraSession.headers,
    });
    expect(write.statusCode).toBeLessThan(300);
    const answer = await me(anaSession.headers);
    // Still read from the cache: Bora's write did not empty it (when the machine was quick enough to
    // ask within the cache's time; the revocation itself is covered above).
    if (performance.now() - read < cacheMs - 200) expect(answer.statusCode).toBe(200);
    await sleep(Math.max(0, read + cacheMs + 50 - performance.now()));
    expect((await me(anaSession.headers)).statusCode).toBe(401);
  });
});
