// A portal account as support staff see it, and what a supervisor's account actions and staff
// management send and answer. E-mail addresses of customers come masked; staff addresses are the
// organisation's and come in full.
import { z } from 'zod';
import { emailSchema, usernameSchema } from '../auth/auth.schemas.js';

/** `:id` of a portal account (app_user) and, for an unlink, the contract's billing account. */
export const supportUserParams = z.object({ id: z.uuid() });
export const supportUserContractParams = z.object({ id: z.uuid(), billingAccountId: z.uuid() });

export const accountRoleSchema = z.enum(['customer', 'support', 'supervisor']);

/** `GET /api/support/users/:id`: what support needs to help the account's owner. */
export const supportUserSummary = z.object({
  id: z.uuid(),
  username: z.string(),
  /** masked, `m•••@example.rs` */
  email: z.string(),
  role: accountRoleSchema,
  createdAt: z.iso.datetime(),
  verified: z.boolean(),
  /** null while the account may log in */
  disabled: z.object({ at: z.iso.datetime(), reason: z.string().nullable() }).nullable(),
  totp: z.boolean(),
  /** a login from an unknown device under the account's username or e-mail has to wait now */
  throttled: z.boolean(),
  openSessions: z.number().int(),
  contracts: z.array(
    z.object({
      billingAccountId: z.uuid(),
      billingNumber: z.string(),
      region: z.string(),
      /** the contract's metering points linked to this account */
      meteringPoints: z.number().int(),
    }),
  ),
});
export type SupportUserSummary = z.infer<typeof supportUserSummary>;

export const verificationMailResponse = z.object({ status: z.literal('sent') });
export const throttleLiftResponse = z.object({
  /** throttle entries removed: 0 when the account was not throttled */
  lifted: z.number().int(),
});
export const sessionsRevokeResponse = z.object({ revoked: z.number().int() });
export const accountStateResponse = z.object({ disabled: z.boolean() });
export const contractUnlinkResponse = z.object({
  /** metering points of the contract that left the account */
  unlinked: z.number().int(),
});

/** `GET /api/support/staff`: every staff account, supervisors first. */
export const staffMemberSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  email: z.string(),
  role: z.enum(['support', 'supervisor']),
  /** enrolled and confirmed; until then the account's sessions may only enrol it */
  totp: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;
export const staffListResponse = z.object({ staff: z.array(staffMemberSchema) });
export type StaffListResponse = z.infer<typeof staffListResponse>;

/** `POST /api/support/staff`. */
export const staffCreateBody = z.object({
  role: z.enum(['support', 'supervisor']),
  username: usernameSchema,
  email: emailSchema,
});
export type StaffCreateBody = z.infer<typeof staffCreateBody>;

/**
 * The new account with its initial password, shown this once and never stored in clear: the
 * supervisor hands it over, and the first login asks the new member to enrol TOTP before anything else.
 */
export const staffCreateResponse = staffMemberSchema.extend({ initialPassword: z.string() });
export type StaffCreateResponse = z.infer<typeof staffCreateResponse>;
