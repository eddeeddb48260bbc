// The contract's modules of one customer's own data: for customers with their own token, and for
// staff only through an access to that customer's account (the X-Support-Access header). The API's
// access seam and the SPA's client both decide by this list.
import { routeTable } from './route-table.js';
import type { Route } from './routes/define-route.js';

export const customerDataModules = [
  'contracts',
  'meteringPoints',
  'bills',
  'consumption',
  'notices',
  'payments',
  'readings',
  'complaints',
  'news',
] as const satisfies readonly (keyof typeof routeTable)[];

const keyOf = (method: string, path: string) => `${method} ${path}`;

/** Each customer-data route's name (`bills.pdf`) by its method and path (`GET /api/bills/:id/pdf`). */
export const customerDataRouteNames: ReadonlyMap<string, string> = new Map(
  customerDataModules.flatMap((module) =>
    Object.entries(routeTable[module] as Record<string, Route>).map(
      ([name, route]) => [keyOf(route.method, route.path), `${module}.${name}`] as const,
    ),
  ),
);

export function isCustomerDataRoute(route: Pick<Route, 'method' | 'path'>): boolean {
  return customerDataRouteNames.has(keyOf(route.method, route.path));
}
