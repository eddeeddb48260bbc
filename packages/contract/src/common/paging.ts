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

/** A page of a list endpoint's answer: its items, how many match in all, and the page asked for. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** how many match in all */
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** `true`/`false` in a query string (a bare `z.coerce.boolean()` would read "false" as true). */
export const queryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');
