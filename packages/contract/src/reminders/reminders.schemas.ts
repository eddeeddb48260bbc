import { z } from 'zod';

/**
 * The token of an unsubscribe link: the user's id and the portal's signature of it (HMAC-SHA256,
 * base64url), so that the link works without a login and cannot be made up for another user.
 */
export const unsubscribeToken = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{43}$/, 'invalid');

export const unsubscribeQuery = z.object({ token: unsubscribeToken });

export const unsubscribeResponse = z.object({ status: z.literal('unsubscribed') });
export type UnsubscribeResponse = z.infer<typeof unsubscribeResponse>;
