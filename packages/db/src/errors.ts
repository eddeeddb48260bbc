import { Prisma } from './generated/prisma/client.js';

/** A unique constraint refused the write (Prisma's P2002): someone else got there first. */
export function isUniqueConstraintError(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
