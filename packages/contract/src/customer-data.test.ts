import { describe, expect, it } from 'vitest';
import { isCustomerDataPath } from './customer-data-paths.js';
import { isCustomerDataRoute } from './customer-data.js';
import { routeTable } from './route-table.js';
import type { Route } from './routes/define-route.js';

const everyRoute = Object.values(routeTable).flatMap((routes) =>
  Object.values(routes as Record<string, Route>),
);

describe('customer-data routes', () => {
  it('are told apart by their paths exactly as by their modules, for every route of the contract', () => {
    expect(everyRoute.length).toBeGreaterThan(50);
    for (const route of everyRoute)
      expect(isCustomerDataPath(route.path), `${route.method} ${route.path}`).toBe(
        isCustomerDataRoute(route),
      );
  });

  it('match whole segments only', () => {
    expect(isCustomerDataPath('/api/bills')).toBe(true);
    expect(isCustomerDataPath('/api/bills/1/pdf')).toBe(true);
    expect(isCustomerDataPath('/api/billsx')).toBe(false);
    expect(isCustomerDataPath('/api/support/complaints')).toBe(false);
  });
});
