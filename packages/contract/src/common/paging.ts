import { z } from 'zod';

/** The largest page a list endpoint answers; more would make a slow page for no reader's benefit. */
export const maxPageSize = 100;

/** Paging query parameters shared by list endpoints: 1-based `page`, `pageSize` up to 100. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).default(20),
});

/** `true`/`false` in a query string (a bare `z.coerce.boolean()` would read "false" as true). */
export const queryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');
