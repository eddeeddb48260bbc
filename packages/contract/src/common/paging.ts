import { z } from 'zod';

/** The largest page a list endpoint answers; more would make a slow page for no reader's benefit. */
export const maxPageSize = 100;

/**
 * The last page a list endpoint answers: far beyond any customer's data, and small enough that the
 * offset it makes (page × pageSize) stays a 32-bit integer for the database.
 */
export const maxPage = 10_000;

/** Paging query parameters shared by list endpoints: 1-based `page` up to 10,000, `pageSize` up to 100. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(maxPage).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).default(20),
});

/** `true`/`false` in a query string (a bare `z.coerce.boolean()` would read "false" as true). */
export const queryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');
