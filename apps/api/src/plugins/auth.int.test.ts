import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { startAccountsTestApp, type AccountsTestApp } from '../testing/accounts.js';
import { testConfig } from '../testing/test-app.js';

let app: App;
let helpers: AccountsTestApp['helpers'];
let started: AccountsTestApp | undefined;

beforeAll(async () => {
  started = await startAccountsTestApp();
  ({ app, helpers } = started);
});
afterAll(() => started?.close());

/** A JWT signed with the app's real key, with any header algorithm and claims we like. */
function forge(alg: 'HS256' | 'HS512', claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg, typ: 'JWT' })}.${part(claims)}`;
  const hash = alg === 'HS256' ? 'sha256' : 'sha512';
  const signature = createHmac(hash, testConfig().jwtSecret!).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

describe('access tokens', () => {
  it('accept only HS256 tokens that expire, even when signed with the real key', async () => {
    const session = await helpers.logIn(await helpers.verifiedUser());
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1]!, 'base64url').toString());
    const me = (token: string) =>
      app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });

    // The forger's HS256 token with the same claims works: the refusals below are about alg and exp.
    expect((await me(forge('HS256', claims))).statusCode).toBe(200);

    const hs512 = await me(forge('HS512', claims));
    expect(hs512.statusCode).toBe(401);
    expect(hs512.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(hs512.json().code).toBe('UNAUTHORIZED');

    const { exp: _exp, ...forever } = claims;
    const noExp = await me(forge('HS256', forever));
    expect(noExp.statusCode).toBe(401);
    expect(noExp.json().code).toBe('UNAUTHORIZED');
  });
});
