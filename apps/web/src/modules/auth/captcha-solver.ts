// The proof of work of an ALTCHA (v1) challenge: find the number n in 0..maxnumber for which
// SHA-256(salt + n), in hex, equals the challenge. Web Crypto does the hashing, a batch at a time, so
// the same code runs in the worker and, where workers are unavailable, on the page without freezing it.

export interface CaptchaChallenge {
  algorithm: 'SHA-256';
  challenge: string;
  salt: string;
  signature: string;
  maxnumber: number;
}

export type Digest = (text: string) => Promise<string>;

const encoder = new TextEncoder();

export const sha256Hex: Digest = async (text) => {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let hex = '';
  for (const byte of hash) hex += byte.toString(16).padStart(2, '0');
  return hex;
};

export interface SolveOptions {
  digest?: Digest;
  /** numbers hashed concurrently before yielding to the event loop */
  batch?: number;
  signal?: AbortSignal;
}

/** The number that solves the challenge, or null when none in 0..maxnumber does (or it was aborted). */
export async function solveChallenge(
  challenge: Pick<CaptchaChallenge, 'challenge' | 'salt' | 'maxnumber'>,
  { digest = sha256Hex, batch = 500, signal }: SolveOptions = {},
): Promise<number | null> {
  const target = challenge.challenge.toLowerCase();
  for (let start = 0; start <= challenge.maxnumber; start += batch) {
    if (signal?.aborted) return null;
    const end = Math.min(start + batch - 1, challenge.maxnumber);
    const numbers = Array.from({ length: end - start + 1 }, (_, i) => start + i);
    const hashes = await Promise.all(numbers.map((n) => digest(challenge.salt + n)));
    const found = hashes.indexOf(target);
    if (found !== -1) return numbers[found]!;
    // Let the page breathe between batches (a no-op cost inside a worker).
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return null;
}

/** What the API expects in `captcha`: the solution as base64 JSON. */
export function captchaPayload(challenge: CaptchaChallenge, number: number): string {
  const { algorithm, salt, signature } = challenge;
  return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }));
}
