import type { CaptchaChallenge } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import { z } from 'zod';
import type { Config } from '../../config.js';

// A self-hosted captcha: ALTCHA proof of work. The browser searches for the number that, appended to
// the salt, hashes to the challenge; the server only checks one hash and an HMAC, and no third party
// ever sees our users. We use ALTCHA's first PoW scheme (altcha-lib/v1: SHA-256 with a `maxnumber`),
// which the ALTCHA widget solves with Web Crypto in a few workers.

/** The search space: on average half of it is hashed, a few tenths of a second in a browser. */
export const captchaMaxNumber = 50_000;
export const captchaTtlMs = 10 * 60_000;

// The challenge as the widget reads it: declared in the contract with its route; re-exported here for the
// module's own code and tests.
export { captchaChallengeSchema, type CaptchaChallenge } from '@portal/contract';

/** The HMAC key; loadConfig always sets it, so a missing one is a wiring mistake, not a user error. */
export function captchaKey(config: Pick<Config, 'captchaHmacKey'>): string {
  if (!config.captchaHmacKey)
    throw new Error('captchaHmacKey is not set: build the config with loadConfig()');
  return config.captchaHmacKey;
}

export interface CaptchaChallengeOptions {
  now?: Date;
  /** a smaller search space (tests); never more than captchaMaxNumber, which verifyCaptcha enforces */
  maxNumber?: number;
}

/** A new challenge, valid for 10 minutes from `now`. */
export async function createCaptchaChallenge(
  hmacKey: string,
  { now = new Date(), maxNumber = captchaMaxNumber }: CaptchaChallengeOptions = {},
): Promise<CaptchaChallenge> {
  const challenge = await createChallenge({
    algorithm: 'SHA-256',
    hmacKey,
    maxNumber: Math.min(maxNumber, captchaMaxNumber),
    expires: new Date(now.getTime() + captchaTtlMs),
  });
  // altcha-lib types these loosely (any algorithm, optional maxnumber); we asked for exactly these.
  return { ...challenge, algorithm: 'SHA-256', maxnumber: challenge.maxnumber ?? captchaMaxNumber };
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

// What the widget submits, base64 of JSON. Strict, so that nothing unexpected reaches the HMAC check
// and the signature fits the used_captcha key.
const payloadSchema = z.object({
  algorithm: z.literal('SHA-256'),
  challenge: hex64,
  number: z.number().int().min(0).max(captchaMaxNumber),
  salt: z.string().min(1).max(200),
  signature: hex64,
});

type CaptchaPayload = z.infer<typeof payloadSchema>;

/** Payloads are a few hundred characters; anything much longer is not worth decoding. */
const maxPayloadLength = 2_000;

function parsePayload(payload: unknown): CaptchaPayload | undefined {
  let value = payload;
  if (typeof payload === 'string') {
    if (payload.length > maxPayloadLength) return undefined;
    try {
      value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    } catch {
      return undefined;
    }
  }
  const parsed = payloadSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The expiry signed into the salt; a challenge without one is not ours (ours always expire). */
function expiryOf(payload: CaptchaPayload): Date | undefined {
  const seconds = Number(extractParams(payload).expires);
  return Number.isSafeInteger(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
}

/**
 * True only for a correct, unexpired solution of a challenge we signed that was never accepted before.
 * `payload` is what the widget submits (base64 JSON) or the decoded object.
 *
 * Single use: the challenge's signature is inserted into used_captcha with ON CONFLICT DO NOTHING, so of
 * two concurrent verifications of one payload exactly one inserts the row and succeeds. The row is kept
 * until the challenge expires (after that the expiry check rejects it anyway), and expired rows are
 * deleted on the way.
 */
export async function verifyCaptcha(
  prisma: PrismaClient,
  hmacKey: string,
  payload: unknown,
  now: Date = new Date(),
): Promise<boolean> {
  const solution = parsePayload(payload);
  if (!solution) return false;
  const expiresAt = expiryOf(solution);
  if (!expiresAt || expiresAt.getTime() <= now.getTime()) return false;
  // The expiry was checked above against `now`; the salt (and so the expiry) is covered by the HMAC.
  if (!(await verifySolution(solution, hmacKey, false))) return false;

  await prisma.usedCaptcha.deleteMany({ where: { expiresAt: { lte: now } } });
  const { count } = await prisma.usedCaptcha.createMany({
    data: [{ signature: solution.signature, expiresAt }],
    skipDuplicates: true,
  });
  return count === 1;
}
