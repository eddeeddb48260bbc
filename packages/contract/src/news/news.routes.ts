import { z } from 'zod';
import { unsubscribeQuery, unsubscribeResponse } from '../reminders/reminders.schemas.js';
import { defineRoute, problems } from '../routes/define-route.js';
import { uuidParams } from '../routes/route-inputs.js';
import {
  newsAdminItemSchema,
  newsAdminListResponse,
  newsListResponse,
  newsReadResponse,
  newsWriteBody,
} from './news.schemas.js';

const tags = ['news'];

/** Customer news as a customer reads it: the list for the overview, and dismissing one. */
export const newsRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/news',
    summary:
      "Announcements published and not expired, for everyone or a region of the user's metering points, newest first, each with whether the user has read it",
    tags,
    responses: { 200: newsListResponse, ...problems(401) },
  }),
  markRead: defineRoute({
    method: 'POST',
    path: '/api/news/:id/read',
    summary: 'Marks an announcement the user can see as read (it leaves the overview)',
    tags,
    params: uuidParams,
    responses: { 200: newsReadResponse, ...problems(400, 401, 404) },
  }),
  /**
   * RFC 8058 one-click unsubscribe from news e-mails: mail clients POST `List-Unsubscribe=One-Click`
   * (form-encoded) to the List-Unsubscribe address of a news mail. The token is the mail's, no login.
   */
  unsubscribe: defineRoute({
    method: 'POST',
    path: '/api/news/unsubscribe',
    summary: 'Turn news e-mails off with the link of a news e-mail (no login)',
    tags,
    auth: 'public',
    query: unsubscribeQuery,
    responses: { 200: unsubscribeResponse, ...problems(400, 429) },
  }),
  /**
   * The same address opened in a browser (mail clients before RFC 8058): changes nothing, and sends the
   * browser on to the account page, where news e-mails are turned off.
   */
  unsubscribePage: defineRoute({
    method: 'GET',
    path: '/api/news/unsubscribe',
    summary: 'Open the account page, where news e-mails are turned off (a redirect)',
    tags,
    auth: 'public',
    query: unsubscribeQuery,
    responses: { 303: z.unknown().describe('to /account'), ...problems(400, 429) },
  }),
};

const staffAnswers = problems(400, 401, 403, 404);

/** Writing the news: support reads the list, supervisors write, expire and e-mail (each audited). */
export const newsAdminRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/support/news',
    summary: 'Every announcement, newest first, with its e-mailing progress (support)',
    tags,
    responses: { 200: newsAdminListResponse, ...problems(401, 403) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/support/news',
    summary: 'Writes an announcement, in Serbian Cyrillic and English (supervisor)',
    tags,
    body: newsWriteBody,
    responses: { 201: newsAdminItemSchema, ...problems(400, 401, 403) },
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/api/support/news/:id',
    summary: 'Rewrites an announcement (supervisor)',
    tags,
    params: uuidParams,
    body: newsWriteBody,
    responses: { 200: newsAdminItemSchema, ...staffAnswers },
  }),
  expire: defineRoute({
    method: 'POST',
    path: '/api/support/news/:id/expire',
    summary: 'Ends an announcement now: customers no longer see it (supervisor)',
    tags,
    params: uuidParams,
    responses: { 200: newsAdminItemSchema, ...staffAnswers },
  }),
  send: defineRoute({
    method: 'POST',
    path: '/api/support/news/:id/send',
    summary:
      'E-mails an announcement to every opted-in user of its audience, in batches in the background; answers at once; CONFLICT when it has expired (supervisor)',
    tags,
    params: uuidParams,
    responses: { 202: newsAdminItemSchema, ...staffAnswers, ...problems(409) },
  }),
};
