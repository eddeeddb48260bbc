import type { PrismaClient } from '@portal/db';
import { extractParams, verifySolution } from 'altcha-lib/v1';
import { describe, expect, it, vi } from 'vitest';
import { buildTestApp } from '../../testing/test-app.js';
import {
  captchaChallengeSchema,
  captchaKey,
  captchaMaxNumber,
  captchaTtlMs,
  createCaptchaChallenge,
  verifyCaptcha,
} from './captcha.js';

const key = 'unit-test-captcha-key-long-enough';
const now = new Date('2026-03-01T10:00:00Z');

/** A Prisma stand-in that fails the test if a rejected payload ever reaches the database. */
const untouchedPrisma = () =>
  ({
    usedCaptcha: { deleteMany: vi.fn(), createMany: vi.fn() },
  }) as unknown as PrismaClient & { usedCaptcha: { createMany: ReturnType<typeof vi.fn> } };

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('createCaptchaChallenge', () => {
  it('makes a signed SHA-256 challenge that expires in 10 minutes', async () => {
    const challenge = await createCaptchaChallenge(key, { now });
    expect(captchaChallengeSchema.parse(challenge)).toEqual(challenge);
    expect(challenge).toMatchObject({ algorithm: 'SHA-256', maxnumber: captchaMaxNumber });
    expect(challenge.challenge).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(extractParams(challenge).expires) * 1000).toBe(now.getTime() + captchaTtlMs);
  });

  it('takes a smaller search space for tests, never a larger one', async () => {
    expect((await createCaptchaChallenge(key, { maxNumber: 100 })).maxnumber).toBe(100);
    expect((await createCaptchaChallenge(key, { maxNumber: 10 ** 9 })).maxnumber).toBe(captchaMaxNumber);
  });

  it('makes a different challenge every time', async () => {
    const [a, b] = await Promise.all([createCaptchaChallenge(key), createCaptchaChallenge(key)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.signature).not.toBe(b.signature);
  });

  it('signs with the key, so another key does not accept it', async () => {
    const challenge = await createCaptchaChallenge(key, { now });
    // The number is unknown here; only the signature part matters: a wrong key fails even for number 0.
    expect(await verifySolution({ ...challenge, number: 0 }, 'another-key', false)).toBe(false);
  });
});

describe('verifyCaptcha rejects without touching the database', () => {
  it.each([
    ['nothing', undefined],
    ['not base64 JSON', '%%%not-base64%%%'],
    ['JSON that is not a payload', encode({ hello: 'world' })],
    ['a huge string', 'A'.repeat(10_000)],
    [
      'another algorithm',
      encode({
        algorithm: 'SHA-1',
        challenge: 'a'.repeat(64),
        number: 1,
        salt: 'x',
        signature: 'b'.repeat(64),
      }),
    ],
  ])('%s', async (_name, payload) => {
    const prisma = untouchedPrisma();
    expect(await verifyCaptcha(prisma, key, payload, now)).toBe(false);
    expect(prisma.usedCaptcha.createMany).not.toHaveBeenCalled();
  });

  it('a challenge without an expiry', async () => {
    const prisma = untouchedPrisma();
    const payload = {
      algorithm: 'SHA-256',
      challenge: 'a'.repeat(64),
      number: 1,
      salt: 'abc&',
      signature: 'b'.repeat(64),
    };
    expect(await verifyCaptcha(prisma, key, payload, now)).toBe(false);
  });
});

describe('captchaKey', () => {
  it('returns the configured key and refuses to run without one', () => {
    expect(captchaKey({ captchaHmacKey: key })).toBe(key);
    expect(() => captchaKey({ captchaHmacKey: undefined })).toThrow(/loadConfig/);
  });
});

describe('GET /api/auth/captcha', () => {
  it('answers a fresh challenge that no cache may keep', async () => {
    const app = await buildTestApp();
    try {
      const response = await app.inject({ method: 'GET', url: '/api/auth/captcha' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(captchaChallengeSchema.parse(response.json())).toMatchObject({ algorithm: 'SHA-256' });
    } finally {
      await app.close();
    }
  });
});
