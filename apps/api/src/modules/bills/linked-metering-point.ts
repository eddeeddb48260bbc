// A customer's queries reach only the metering points linked to them, so someone else's metering point,
// bill or notice answers exactly like one that does not exist. Shared by the bills and the notices.
import type { PrismaClient } from '@portal/db';
import { AppError } from '../../lib/app-error.js';

/** The condition on a metering point: linked to the user. */
export const linkedTo = (userId: string) => ({ userLinks: { some: { userId } } });

/** Throws NOT_FOUND unless the metering point is linked to the user. */
export async function requireLinkedMeteringPoint(
  prisma: Pick<PrismaClient, 'meteringPoint'>,
  userId: string,
  meteringPointId: string,
): Promise<void> {
  const meteringPoint = await prisma.meteringPoint.findFirst({
    where: { id: meteringPointId, ...linkedTo(userId) },
    select: { id: true },
  });
  if (!meteringPoint) throw new AppError('NOT_FOUND');
}
