import { z } from 'zod';

/**
 * The dates a request may ask about. The billing data starts long after 2000 and the API keeps three
 * years, so the range only has to keep arithmetic on the dates (two or three years back, a year ahead)
 * inside what PostgreSQL and JavaScript hold; it matches the `year` of the bills (2000-2100).
 */
export const minRequestDate = '2000-01-01';
export const maxRequestDate = '2100-12-31';

/**
 * A calendar date in a request, `YYYY-MM-DD`: a real date (no 2023-02-29) between `minRequestDate` and
 * `maxRequestDate`. Responses use `calendarDate`, which takes any date the billing data has.
 */
export const requestDate = z.iso
  .date()
  .refine((date) => date >= minRequestDate, { message: 'too_small', params: { minimum: minRequestDate } })
  .refine((date) => date <= maxRequestDate, { message: 'too_big', params: { maximum: maxRequestDate } });
