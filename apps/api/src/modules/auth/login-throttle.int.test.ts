import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { startAccountsTestApp, type AccountsTestApp, testPassword } from '../../testing/accounts.js';
import { deviceCookie } from './auth.routes.js';

let prisma: PrismaClient;
let app: App;
let helpers: AccountsTestApp['helpers'];
let started: AccountsTestApp | undefined;

beforeAll(async () => {
  started = await startAccountsTestApp();
  ({ prisma, app, helpers } = started);
});
afterAll(() => started?.close());

const wrongPassword = 'Wrong#Password1';

let address = 0;

/** Each try from another address, like a botnet's: the per-address limit is not what is tested here. */
function logIn(login: string, password: string, device?: string) {
  address++;
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: `10.9.${Math.floor(address / 250)}.${address % 250}`,
    payload: { login, password },
    ...(device ? { cookies: { [deviceCookie]: device } } : {}),
  });
}

async function failTimes(count: number, login: string, device?: string) {
  for (let i = 0; i < count; i++) {
    const failed = await logIn(login, wrongPassword, device);
    expect(failed.statusCode).toBe(401);
  }
}

/** As if many more had failed: the slowdown then lasts minutes, however slow this machine is. */
const slowDownEveryone = () => prisma.loginThrottle.updateMany({ data: { failures: 12 } });

/** The problem a client sees, without the request id that differs on every answer. */
function problem(response: Awaited<ReturnType<typeof logIn>>) {
  const { instance: _instance, requestId: _requestId, ...rest } = response.json();
  return { status: response.statusCode, retryAfter: response.headers['retry-after'], ...rest };
}

describe('login throttle', () => {
  it('answers a wrong password and an unknown login the same way, and throttles both alike', async () => {
    const user = await helpers.verifiedUser();
    const unknown = `no.such.user.${Date.now()}`;
    const wrong = await logIn(user.username, wrongPassword);
    const nobody = await logIn(unknown, wrongPassword);
    expect(problem(wrong)).toEqual(problem(nobody));
    expect(wrong.statusCode).toBe(401);

    await failTimes(4, user.username);
    await failTimes(4, unknown);
    const known = await logIn(user.username, testPassword);
    const stranger = await logIn(unknown, testPassword);
    expect(known.statusCode).toBe(429);
    expect(known.json().code).toBe('LOGIN_THROTTLED');
    expect(Number(known.headers['retry-after'])).toBeGreaterThan(0);
    expect(problem(stranger)).toEqual(problem(known));
  });

  it('lets a device that logged in before through with the right password while strangers are slowed', async () => {
    const user = await helpers.verifiedUser();
    const first = await logIn(user.username, testPassword);
    expect(first.statusCode).toBe(200);
    const cookie = first.cookies.find((c) => c.name === deviceCookie)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    expect(cookie.expires!.getTime()).toBeGreaterThan(Date.now() + 30 * 86_400_000);

    await failTimes(5, user.username);
    await slowDownEveryone();
    expect((await logIn(user.username, testPassword)).statusCode).toBe(429);
    expect((await logIn(user.username, testPassword, 'forged.cookie.value.x')).statusCode).toBe(429);

    const owner = await logIn(user.email, testPassword, cookie.value);
    expect(owner.statusCode).toBe(200);
    expect(owner.cookies.find((c) => c.name === deviceCookie)?.value).toBeDefined();
    // the owner's login does not lift the slowdown for strangers
    expect((await logIn(user.username, testPassword)).statusCode).toBe(429);
  });

  it("slows a known device down on its own, and does not trust another user's device cookie", async () => {
    const owner = await helpers.verifiedUser();
    const other = await helpers.verifiedUser();
    const device = (await logIn(owner.username, testPassword)).cookies.find(
      (c) => c.name === deviceCookie,
    )!.value;

    // a stolen cookie: failures are counted for the device, which is then slowed down too
    await failTimes(5, owner.username, device);
    await slowDownEveryone();
    expect((await logIn(owner.username, testPassword, device)).statusCode).toBe(429);
    // ...while the name itself was not slowed for other devices by the device's failures
    expect((await logIn(owner.username, testPassword)).statusCode).toBe(200);

    // the owner's cookie does not vouch for another account
    await failTimes(5, other.username);
    await slowDownEveryone();
    expect((await logIn(other.username, testPassword, device)).statusCode).toBe(429);
  });

  it('trusts the browser that reset the password, and lifts the slowdown of the names', async () => {
    const user = await helpers.verifiedUser();
    await failTimes(5, user.username);
    await failTimes(5, user.email);
    await slowDownEveryone();
    await app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: user.email } });
    const link = /reset-password\?token=([A-Za-z0-9_%-]+)/.exec(
      (await helpers.mailTo(user.email)).text ?? '',
    );
    const newPassword = 'Plava#Zona2026';
    const reset = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: decodeURIComponent(link![1]!), password: newPassword },
    });
    expect(reset.statusCode).toBe(200);
    const device = reset.cookies.find((c) => c.name === deviceCookie)!.value;
    expect((await logIn(user.username, newPassword, device)).statusCode).toBe(200);
    expect((await logIn(user.email, newPassword)).statusCode).toBe(200);
  });
});
