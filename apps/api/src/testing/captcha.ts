import { solveChallenge } from 'altcha-lib/v1';
import type { FastifyInstance } from 'fastify';

/** Gets a captcha challenge from the app and solves it, as the browser widget would. */
export async function solveCaptcha(app: Pick<FastifyInstance, 'inject'>): Promise<string> {
  const challenge = (await app.inject({ method: 'GET', url: '/api/auth/captcha' })).json();
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise;
  if (!solution) throw new Error('captcha not solved');
  return Buffer.from(
    JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: solution.number,
      salt: challenge.salt,
      signature: challenge.signature,
    }),
  ).toString('base64');
}
