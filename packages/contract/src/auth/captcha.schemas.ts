import { z } from 'zod';

/** `GET /api/auth/captcha`: what the browser solves before registering or asking for a password reset. */
export const captchaChallengeSchema = z
  .object({
    algorithm: z.literal('SHA-256'),
    challenge: z.string().describe('SHA-256 of salt + the secret number, hex'),
    maxnumber: z.number().int().positive().describe('the number lies between 0 and this'),
    salt: z.string().describe('random hex, then `?expires=<unix seconds>&`'),
    signature: z.string().describe('HMAC-SHA-256 of the challenge with the server key, hex'),
  })
  .describe('An ALTCHA proof-of-work challenge');

export type CaptchaChallenge = z.infer<typeof captchaChallengeSchema>;
