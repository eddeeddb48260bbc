import type { PrismaClient } from '@portal/db';

/**
 * Readings of record of a point's meter: 600 kWh over a summer period (62 days) and 900 kWh over a
 * winter one (61 days, 2026-09-01 to 11-01: its middle is in October), the last on 2026-11-01.
 */
export async function addHistory(prisma: PrismaClient, meteringPointId: string): Promise<void> {
  const { meterId } = await prisma.meterInstallation.findFirstOrThrow({ where: { meteringPointId } });
  const readings = [
    ['2026-07-01', 10_000, 5_000],
    ['2026-09-01', 10_400, 5_200],
    ['2026-11-01', 11_000, 5_500],
  ] as const;
  await prisma.meterReading.createMany({
    data: readings.map(([readOn, vtValue, ntValue]) => ({
      meteringPointId,
      meterId,
      readOn: new Date(`${readOn}T00:00:00Z`),
      kind: 'READ' as const,
      vtValue,
      ntValue,
    })),
  });
}
