import { describe, expect, it } from 'vitest';
import { checkDatabase } from './health.service.js';

const prismaAnswering = (answer: () => Promise<unknown>) =>
  ({ $queryRaw: () => answer() }) as unknown as Parameters<typeof checkDatabase>[0];

describe('checkDatabase', () => {
  it('resolves when the database answers', async () => {
    await expect(checkDatabase(prismaAnswering(async () => [{ 1: 1 }]))).resolves.toBeUndefined();
  });

  it('rejects when the query fails', async () => {
    await expect(checkDatabase(prismaAnswering(() => Promise.reject(new Error('down'))))).rejects.toThrow(
      'down',
    );
  });

  it('rejects when the database does not answer in time', async () => {
    await expect(
      checkDatabase(
        prismaAnswering(() => new Promise(() => {})),
        20,
      ),
    ).rejects.toThrow(/within 20 ms/);
  });
});
