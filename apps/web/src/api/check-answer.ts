// The client's check of answers against their routes' declarations (`checkResponses`: development and
// tests). It comes with zod and every declaration, so the client loads it only where the check runs.
import { checkResponse, declaredRoutes, type Route } from '@portal/contract';
import type { RouteRef } from './route-refs.js';

/**
 * Throws a ResponseContractError unless the answer is what the route declares; a route reference
 * (route-refs.ts) is checked against its declaration.
 */
export function checkAnswer(route: Route | RouteRef, status: number, body: unknown): void {
  const declared =
    'responses' in route
      ? (route as Route)
      : declaredRoutes().find((r) => r.method === route.method && r.path === route.path);
  if (!declared) throw new Error(`${route.method} ${route.path} is not a declared route`);
  checkResponse(declared, status, body);
}
