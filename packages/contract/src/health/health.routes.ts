// The orchestrator's probes: outside /api, public and outside the rate limit.
import { z } from 'zod';
import { defineRoute, problems } from '../routes/define-route.js';

const tags = ['health'];
export const healthStatusSchema = z.object({ status: z.literal('ok') });

export const healthRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/health',
    summary: 'The process is up',
    tags,
    auth: 'public',
    responses: { 200: healthStatusSchema },
  }),
  ready: defineRoute({
    method: 'GET',
    path: '/ready',
    summary: 'The app can serve requests: the database is reachable',
    tags,
    auth: 'public',
    responses: { 200: healthStatusSchema, ...problems(503) },
  }),
};
