import { defineRoute, problems } from '../routes/define-route.js';
import { clockResponse, regionListResponse } from './reference.schemas.js';

const tags = ['reference'];

/** What is the same for everyone: the regions and the portal's clock. */
export const referenceRoutes = {
  regions: defineRoute({
    method: 'GET',
    path: '/api/regions',
    summary: 'The regions of the supplier: code, name in Cyrillic and in Latin script',
    tags,
    responses: { 200: regionListResponse, ...problems(401) },
  }),
  // Public: the SPA asks it at start, before anyone logs in; it tells nothing about anyone.
  clock: defineRoute({
    method: 'GET',
    path: '/api/clock',
    summary: "The portal's clock: now, and today's date in Europe/Belgrade",
    tags,
    auth: 'public',
    responses: { 200: clockResponse },
  }),
};
