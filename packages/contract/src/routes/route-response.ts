// The SPA's check of an answer against its route's declaration, in development and tests: a server
// that drifts from the contract fails loudly where the drift is, not later in a component.
import { z } from 'zod';
import type { Route } from './define-route.js';

/** A successful answer whose status or body the route's declaration does not allow. */
export class ResponseContractError extends Error {
  constructor(
    readonly route: Pick<Route, 'method' | 'path'>,
    readonly status: number,
    detail: string,
  ) {
    super(`${route.method} ${route.path} answered ${status}, against its contract: ${detail}`);
    this.name = 'ResponseContractError';
  }
}

/** Throws a ResponseContractError unless `body` is what `route` declares for `status`. */
export function checkResponse(
  route: Pick<Route, 'method' | 'path' | 'responses'>,
  status: number,
  body: unknown,
) {
  const schema = route.responses[status];
  if (!schema) throw new ResponseContractError(route, status, 'this status is not declared');
  // A 204 has no body to check.
  if (status === 204) return;
  const result = schema.safeParse(body);
  if (!result.success) throw new ResponseContractError(route, status, z.prettifyError(result.error));
}
