// The orchestrator's probes: outside /api, public and outside the rate limit.
import { z } from 'zod';
import { defineRoute, problems } from '../routes/define-route.js';

const tags = ['health'];
export const healthStatusSchema = z.object({ status: z.literal('ok') });
const count = z.number().int().min(0);
/**
 * Readiness, with a read replica whether it answers (informative: reads fall back to the primary), and
 * where the process runs the background jobs, each queue's jobs (across all processes).
 */
export const readyStatusSchema = healthStatusSchema.extend({
  replica: z.enum(['ok', 'unavailable']).optional(),
  jobs: z.record(z.string(), z.object({ queued: count, active: count, failed: count })).optional(),
});

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
    summary:
      "The app can serve requests: the database is reachable (and the read replica's state, the job queues' counts)",
    tags,
    auth: 'public',
    responses: { 200: readyStatusSchema, ...problems(503) },
  }),
};
