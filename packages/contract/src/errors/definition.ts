/** One error of the API contract: a stable code the SPA can switch on, and the HTTP status it is sent with. */
export interface ErrorDefinition<C extends string = string> {
  readonly code: C;
  readonly status: number;
}

export function defineError<const C extends string>(code: C, status: number): ErrorDefinition<C> {
  return Object.freeze({ code, status });
}
