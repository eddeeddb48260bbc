import type { ClockResponse, RegionListResponse } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { belgradeDateOf } from '../../lib/belgrade-date.js';

/** What the reference module needs from the outside. */
export interface ReferenceDeps {
  prisma: PrismaClient;
  now: () => Date;
}

/** Every region, by code: reference data with nothing of any customer's. */
export async function listRegions(deps: ReferenceDeps): Promise<RegionListResponse> {
  const regions = await deps.prisma.region.findMany({
    select: { id: true, name: true, nameLatin: true },
    orderBy: { id: 'asc' },
  });
  return { regions };
}

/** The portal's "now" and its Belgrade date: the SPA's "today" (consumption ranges) follows it. */
export function clockNow(deps: ReferenceDeps): ClockResponse {
  const now = deps.now();
  return { today: belgradeDateOf(now), now: now.toISOString() };
}
