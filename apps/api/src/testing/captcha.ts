import { solveChallenge } from 'altcha-lib/v1';
import type { FastifyInstance } from 'fastify';
import type { CaptchaChallenge } from '../modules/auth/captcha.js';

/** What the ALTCHA widget submits for a challenge: the solution as base64 JSON. */
export async function solveChallengePayload(challenge: CaptchaChallenge): Promise<string> {
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise;
  if (!solution) throw new Error('the challenge was not solved');
  const { algorithm, salt, signature } = challenge;
  const payload = { algorithm, challenge: challenge.challenge, number: solution.number, salt, signature };
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

/** Gets a captcha challenge from the app and solves it, as the browser widget would. */
export async function solveCaptcha(app: Pick<FastifyInstance, 'inject'>): Promise<string> {
  return solveChallengePayload((await app.inject({ method: 'GET', url: '/api/auth/captcha' })).json());
}
