import { defineRoute, problems } from '../routes/define-route.js';
import { uuidParams } from '../routes/route-inputs.js';
import { mailboxListSchema, mailboxSize, mailMessageSchema } from './dev-mailbox.schemas.js';

const tags = ['development'];

/**
 * Only when the portal keeps mail locally, and only for requests from this machine; no login, since
 * it is how a developer reads the verification code of a new account.
 */
export const devMailboxRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/dev/mailbox',
    summary: `The latest ${mailboxSize} e-mails of the local mailbox (only without SMTP_URL)`,
    tags,
    auth: 'public',
    responses: { 200: mailboxListSchema, ...problems(404) },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/dev/mailbox/:id',
    summary: 'One e-mail of the local mailbox, with its text and HTML',
    tags,
    auth: 'public',
    params: uuidParams,
    responses: { 200: mailMessageSchema, ...problems(404) },
  }),
};
