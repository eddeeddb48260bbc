// The demo set's portal data, which no regional export carries: the demo users and the metering points
// linked to them. Imported rows get ids of their own, so the links name metering points the way the
// exports do, by region and ED number, for the importer path to resolve after the import.
import type { RegionCode } from '@portal/regional-import';
import type { DemoPlan } from '../demo-accounts.js';
import type { PlannedCustomer } from '../population.js';

export interface DemoUserLinks {
  username: string;
  meteringPoints: { region: RegionCode; edNumber: string; nickname: string | null }[];
}

export function demoUserLinks(plan: DemoPlan): DemoUserLinks[] {
  const points = new Map(
    plan.customers.flatMap((c: PlannedCustomer) =>
      c.accounts.flatMap((a) => a.meteringPoints.map((p) => [p.id, p] as const)),
    ),
  );
  return plan.links.map((link) => ({
    username: link.username,
    meteringPoints: link.meteringPointIds.map((id) => {
      const point = points.get(id)!;
      return {
        region: point.regionId as RegionCode,
        edNumber: point.edNumber,
        nickname: link.nicknames?.get(id) ?? null,
      };
    }),
  }));
}
