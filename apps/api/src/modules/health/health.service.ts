import type { PrismaClient } from '@portal/db';

export const readinessTimeoutMs = 2000;

/** Resolves when the database answers `SELECT 1` within the timeout; rejects otherwise. */
export async function checkDatabase(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  timeoutMs = readinessTimeoutMs,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
