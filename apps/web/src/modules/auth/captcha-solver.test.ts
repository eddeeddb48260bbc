import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { captchaPayload, sha256Hex, solveChallenge, type CaptchaChallenge } from './captcha-solver.js';

const hex = (text: string) => createHash('sha256').update(text).digest('hex');

function challengeFor(number: number, maxnumber = 5_000): CaptchaChallenge {
  const salt = 'a1b2c3d4e5f6?expires=1900000000&';
  return { algorithm: 'SHA-256', challenge: hex(salt + number), salt, signature: 'f'.repeat(64), maxnumber };
}

describe('the captcha solver', () => {
  it('hashes with Web Crypto exactly as the server does', async () => {
    await expect(sha256Hex('salt42')).resolves.toBe(hex('salt42'));
  });

  it('finds the number, also at the ends of the range and across batches', async () => {
    for (const number of [0, 1, 499, 500, 1234, 5_000]) {
      await expect(solveChallenge(challengeFor(number), { batch: 500 })).resolves.toBe(number);
    }
  });

  it('answers null when no number in the range solves it, or when aborted', async () => {
    await expect(solveChallenge({ ...challengeFor(10, 50), challenge: '0'.repeat(64) })).resolves.toBeNull();
    const abort = new AbortController();
    abort.abort();
    const digest = vi.fn(sha256Hex);
    await expect(solveChallenge(challengeFor(10), { signal: abort.signal, digest })).resolves.toBeNull();
    expect(digest).not.toHaveBeenCalled();
  });

  it('encodes the payload the API expects: base64 of the JSON solution', () => {
    const challenge = challengeFor(77);
    const decoded = JSON.parse(Buffer.from(captchaPayload(challenge, 77), 'base64').toString('utf8'));
    expect(decoded).toEqual({
      algorithm: 'SHA-256',
      challenge: challenge.challenge,
      number: 77,
      salt: challenge.salt,
      signature: challenge.signature,
    });
  });
});
