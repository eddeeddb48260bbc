import { z } from 'zod';
import { defineRoute, problems } from '../routes/define-route.js';
import { unsubscribeQuery, unsubscribeResponse } from './reminders.schemas.js';

/** Bill reminders by e-mail; their settings are the account's (PATCH /api/auth/me). */
export const remindersRoutes = {
  /**
   * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` (form-encoded) to the
   * List-Unsubscribe address; the portal's unsubscribe page POSTs the same without a body.
   */
  unsubscribe: defineRoute({
    method: 'POST',
    path: '/api/reminders/unsubscribe',
    summary: 'Turn bill reminders off with the link of a reminder e-mail (no login)',
    tags: ['reminders'],
    auth: 'public',
    query: unsubscribeQuery,
    responses: { 200: unsubscribeResponse, ...problems(400, 429) },
  }),
  /**
   * The same address opened in a browser (mail clients before RFC 8058 do that with List-Unsubscribe):
   * changes nothing, and sends the browser on to the portal's unsubscribe page, which asks for a click.
   */
  unsubscribePage: defineRoute({
    method: 'GET',
    path: '/api/reminders/unsubscribe',
    summary: "Open the portal's unsubscribe page for the link's token (a redirect)",
    tags: ['reminders'],
    auth: 'public',
    query: unsubscribeQuery,
    responses: { 303: z.unknown().describe('to /reminders/unsubscribe?token=...'), ...problems(400, 429) },
  }),
};
