// Linking a customer's contract (billing account) to the portal account: request and response bodies.
import { z } from 'zod';
import { textInput } from '../common/text.js';

/**
 * How many digits each identifier has: the billing number (naplatni broj) is the regional exports'
 * `account_number` digits(10), and it carries no check digit of its own; JMBG, PIB and matični broj
 * as in DOMAIN.md. The browser and the API read these same schemas.
 */
export const identifierDigits = { billingNumber: 10, jmbg: 13, pib: 9, mb: 8 } as const;

/**
 * Exactly `length` digits, one answer per field: `required`, `invalid_format` (not only digits),
 * `too_short` or `too_long` (with the length as `minimum` / `maximum`), so a short number says so.
 */
function digitsInput(length: number) {
  return textInput.trim().superRefine((value, ctx) => {
    if (value === '') ctx.addIssue({ code: 'custom', message: 'required' });
    else if (!/^\d+$/.test(value)) ctx.addIssue({ code: 'custom', message: 'invalid_format' });
    else if (value.length < length)
      ctx.addIssue({
        code: 'too_small',
        origin: 'string',
        minimum: length,
        inclusive: true,
        message: 'too_short',
      });
    else if (value.length > length)
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: length,
        inclusive: true,
        message: 'too_long',
      });
  });
}

/** Naplatni broj as printed on the bill (spaces around it are trimmed). */
export const billingNumberSchema = digitsInput(identifierDigits.billingNumber);

/** JMBG. The API also checks the date and the check digit (`invalid_date`, `invalid_checksum`). */
export const jmbgSchema = digitsInput(identifierDigits.jmbg);

/** PIB; the API checks the ISO 7064 MOD 11,10 check digit (`invalid_checksum`). */
export const pibSchema = digitsInput(identifierDigits.pib);

/** Matični broj of a company; the API checks the mod 11 check digit (`invalid_checksum`). */
export const maticniBrojSchema = digitsInput(identifierDigits.mb);

/**
 * `POST /api/contracts`. Which identifiers are needed depends on the account's person type (`GET
 * /api/auth/me`): a natural person sends `{ billingNumber, jmbg }`, a legal entity or sole trader sends
 * `{ billingNumber, pib, mb }`. A missing one is answered VALIDATION_FAILED with that field `required`, one
 * of the other kind with `invalid_value`; a wrong check digit with `invalid_checksum` (a JMBG whose first
 * seven digits are not a real date: `invalid_date`). Those answers come at once and are not counted as
 * failed attempts. Identifiers that do not match answer CONTRACT_NOT_MATCHED (422), the same whichever
 * one was wrong; after 10 of those per account a day, or per address an hour, LINK_ATTEMPTS_EXCEEDED (429,
 * Retry-After). A contract whose metering points are all linked to this account already answers
 * CONTRACT_ALREADY_LINKED (409).
 */
export const linkContractBody = z.object({
  billingNumber: billingNumberSchema,
  jmbg: jmbgSchema.optional(),
  pib: pibSchema.optional(),
  /** matični broj */
  mb: maticniBrojSchema.optional(),
});
export type LinkContractBody = z.input<typeof linkContractBody>;
/** The body a natural person's account sends. */
export type LinkContractByJmbg = { billingNumber: string; jmbg: string };
/** The body a legal entity's (or sole trader's) account sends. */
export type LinkContractByCompany = { billingNumber: string; pib: string; mb: string };

export const linkedRegionSchema = z.object({
  /** short code: BG, NS, NI, KG, KV */
  id: z.string(),
  /** in Cyrillic */
  name: z.string(),
  nameLatin: z.string(),
});

/** One metering point that a link added (or that was linked already). */
export const linkedMeteringPointSchema = z.object({
  id: z.uuid(),
  edNumber: z.string(),
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }),
});

/**
 * A linked contract, identified by its billing account: `id` is what `DELETE /api/contracts/:id` takes.
 * The same billing number can exist in two regions; each is a contract of its own.
 */
export const contractSchema = z.object({
  id: z.uuid(),
  billingNumber: z.string(),
  region: linkedRegionSchema,
  /** the customer as the regional billing system knows them (full name or company name) */
  customerName: z.string(),
  /** this account's linked metering points of the contract */
  meteringPoints: z.array(linkedMeteringPointSchema),
});
export type Contract = z.infer<typeof contractSchema>;

/** 201 of `POST /api/contracts`: every contract the identifiers matched (usually one). */
export const linkContractResponse = z.object({
  contracts: z.array(contractSchema),
  /** metering points newly linked by this request */
  linkedCount: z.number().int(),
});
export type LinkContractResponse = z.infer<typeof linkContractResponse>;

/** `GET /api/contracts`: the contracts linked to this account. */
export const contractsResponse = z.object({ items: z.array(contractSchema) });
export type ContractsResponse = z.infer<typeof contractsResponse>;

/** `DELETE /api/contracts/:id`: the billing account id of a linked contract. */
export const contractParams = z.object({ id: textInput });
