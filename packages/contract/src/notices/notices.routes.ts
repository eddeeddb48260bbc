import { z } from 'zod';
import { binary, defineRoute, problems } from '../routes/define-route.js';
import { documentLocaleQuery, uuidParams } from '../routes/route-inputs.js';
import { dunningNoticeListResponse } from './notices.schemas.js';

const tags = ['notices'];
const answers = problems(400, 401, 404);

/** Dunning notices: a metering point's list and one notice as PDF. */
export const noticesRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/metering-points/:id/notices',
    summary:
      'The reminders before enforcement and warnings before disconnection of the last three years, newest first',
    tags,
    params: uuidParams,
    responses: { 200: dunningNoticeListResponse, ...answers },
  }),
  pdf: defineRoute({
    method: 'GET',
    path: '/api/metering-points/:id/notices/:noticeId/pdf',
    summary: "A dunning notice as PDF (A4), in the language asked or the request's",
    tags,
    params: uuidParams.extend({ noticeId: z.uuid() }),
    query: documentLocaleQuery,
    responses: { 200: binary(), ...answers },
  }),
};
