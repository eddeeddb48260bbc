// Support's look-up of customers: one text (billing number, ED number, EIC, name in either script,
// e-mail of a portal user, or the last digits of a JMBG or PIB), answered with masked identifiers only.
import { z } from 'zod';
import { pageOf, pageQuery } from '../common/paging.js';
import { textInput } from '../common/text.js';

/** `GET /api/support/customers?q=&page=&pageSize=`. */
export const customerLookupQuery = pageQuery.extend({
  q: textInput.trim().min(2, 'too_short').max(100, 'too_long'),
});
export type CustomerLookupQuery = z.infer<typeof customerLookupQuery>;

export const lookedUpCustomerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  personType: z.enum(['natural', 'legal']),
  /** masked, e.g. `0101•••••0008`; null for a legal entity */
  jmbg: z.string().nullable(),
  /** masked, e.g. `10•••••75`; null for a natural person */
  pib: z.string().nullable(),
  region: z.string(),
  billingNumbers: z.array(z.string()),
  meteringPoints: z.array(
    z.object({
      id: z.uuid(),
      edNumber: z.string(),
      eic: z.string(),
      address: z.string(),
      region: z.string(),
    }),
  ),
  /** portal users linked to any of the customer's metering points, e-mail masked (`m•••@example.rs`) */
  portalUsers: z.array(z.object({ id: z.uuid(), email: z.string() })),
});
export type LookedUpCustomer = z.infer<typeof lookedUpCustomerSchema>;

export const customerLookupResponse = pageOf(lookedUpCustomerSchema);
export type CustomerLookupResponse = z.infer<typeof customerLookupResponse>;
