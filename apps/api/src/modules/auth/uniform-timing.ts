import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Answers that must not reveal whether an account exists (register, resend, password reset) do
 * different work in each case: a new account inserts rows and queues mail, an existing one only
 * queues mail, an unknown address does nothing. Padding every answer to the same floor hides the
 * difference; the floor sits above the slowest path's usual time (an argon2 hash plus a few inserts).
 */
export const uniformAnswerMs = 350;

export async function takingAtLeast<T>(milliseconds: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const rest = milliseconds - (performance.now() - started);
    if (rest > 0) await sleep(rest);
  }
}
