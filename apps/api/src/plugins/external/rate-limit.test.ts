import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { buildTestApp } from '../../testing/test-app.js';
import { rateLimitKey } from './rate-limit.js';

let app: App;
beforeAll(async () => {
  app = await buildTestApp();
  await app.ready();
});
afterAll(() => app?.close());

const requestWith = (authorization?: string) =>
  ({
    headers: authorization ? { authorization } : {},
    ip: '192.0.2.7',
    server: app,
  }) as unknown as FastifyRequest;

describe('rateLimitKey', () => {
  it('counts a request with a valid access token for its user, wherever it comes from', () => {
    const token = app.jwt.sign({ sub: 'user-1', sid: 'session-1', role: 'CUSTOMER' });
    expect(rateLimitKey(requestWith(`Bearer ${token}`))).toBe('user:user-1');
  });

  it('counts anything else by client address: no token, a forged one, an expired one', () => {
    const forged = `${app.jwt.sign({ sub: 'user-1', sid: 's', role: 'CUSTOMER' }).slice(0, -2)}xx`;
    const expired = app.jwt.sign({ sub: 'user-1', sid: 's', role: 'CUSTOMER' }, { expiresIn: -10 });
    for (const header of [undefined, 'Bearer ', `Bearer ${forged}`, `Bearer ${expired}`, 'Basic abc'])
      expect(rateLimitKey(requestWith(header))).toBe('ip:192.0.2.7');
  });
});
