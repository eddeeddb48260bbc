import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { solveChallengePayload } from '../../testing/captcha.js';
import { captchaMaxNumber, captchaTtlMs, createCaptchaChallenge, verifyCaptcha } from './captcha.js';
import { testDatabaseClient } from '../../testing/test-database.js';

const key = 'integration-test-captcha-key-long-enough';
// A small search space keeps the tests quick (Node's Web Crypto is slow one hash at a time); the first
// test solves a challenge of the full size.
const small = { maxNumber: 500 };

const solve = solveChallengePayload;

const decode = (payload: string) =>
  JSON.parse(Buffer.from(payload, 'base64').toString()) as Record<string, unknown>;
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('captcha verification against a real database', () => {
  let prisma: PrismaClient;

  beforeAll(() => {
    prisma = testDatabaseClient();
  });

  beforeEach(async () => {
    await prisma.usedCaptcha.deleteMany();
  });

  afterAll(async () => {
    await prisma?.$disconnect();
  });

  it('accepts a solved challenge once, then never again', async () => {
    const payload = await solve(await createCaptchaChallenge(key));
    expect(decode(payload).number).toBeLessThanOrEqual(captchaMaxNumber);
    expect(await verifyCaptcha(prisma, key, payload)).toBe(true);
    expect(await verifyCaptcha(prisma, key, payload)).toBe(false);
    expect(await verifyCaptcha(prisma, key, decode(payload))).toBe(false);
    expect(await prisma.usedCaptcha.count()).toBe(1);
  });

  it('rejects a tampered payload', async () => {
    const payload = decode(await solve(await createCaptchaChallenge(key, small)));
    const number = payload.number as number;
    expect(await verifyCaptcha(prisma, key, encode({ ...payload, number: number + 1 }))).toBe(false);
    expect(await verifyCaptcha(prisma, key, encode({ ...payload, signature: 'f'.repeat(64) }))).toBe(false);
    // A later expiry written into the salt breaks the challenge hash.
    const salt = (payload.salt as string).replace(/expires=\d+/, 'expires=9999999999');
    expect(await verifyCaptcha(prisma, key, encode({ ...payload, salt }))).toBe(false);
    expect(await verifyCaptcha(prisma, 'another-key-that-is-long-enough', encode(payload))).toBe(false);
    expect(await prisma.usedCaptcha.count()).toBe(0);
    // The untouched payload still works: rejections did not use it up.
    expect(await verifyCaptcha(prisma, key, encode(payload))).toBe(true);
  });

  it('rejects an expired challenge', async () => {
    const issued = new Date(Date.now() - captchaTtlMs - 1_000);
    const payload = await solve(await createCaptchaChallenge(key, { ...small, now: issued }));
    expect(await verifyCaptcha(prisma, key, payload)).toBe(false);
    const fresh = await solve(await createCaptchaChallenge(key, small));
    expect(await verifyCaptcha(prisma, key, fresh, new Date(Date.now() + captchaTtlMs + 1_000))).toBe(false);
  });

  it('of two concurrent verifications of one payload, exactly one succeeds', async () => {
    const payload = await solve(await createCaptchaChallenge(key, small));
    const results = await Promise.all([
      verifyCaptcha(prisma, key, payload),
      verifyCaptcha(prisma, key, payload),
      verifyCaptcha(prisma, key, payload),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('deletes expired rows on the way', async () => {
    await prisma.usedCaptcha.create({
      data: { signature: 'e'.repeat(64), expiresAt: new Date(Date.now() - 1_000) },
    });
    expect(await verifyCaptcha(prisma, key, await solve(await createCaptchaChallenge(key, small)))).toBe(
      true,
    );
    expect(await prisma.usedCaptcha.findUnique({ where: { signature: 'e'.repeat(64) } })).toBeNull();
    expect(await prisma.usedCaptcha.count()).toBe(1);
  });
});
