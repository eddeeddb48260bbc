import { z } from 'zod';
import { binary, defineRoute, problems } from '../routes/define-route.js';
import { uuidParams } from '../routes/route-inputs.js';
import {
  complaintDetailSchema,
  complaintListQuery,
  complaintListResponse,
  complaintReplyBody,
  complaintStepBody,
  supportComplaintDetailSchema,
  supportComplaintInboxQuery,
  supportComplaintInboxResponse,
} from './complaints.schemas.js';

const attachmentParams = uuidParams.extend({ attachmentId: z.uuid() });

/** The customer's complaints. */
export const complaintsRoutes = {
  file: defineRoute({
    method: 'POST',
    path: '/api/complaints',
    summary:
      'Files a complaint: multipart/form-data with the fields of fileComplaintFields and up to 5 files (JPEG, PNG, PDF, 5 MB each) as `files`',
    tags: ['complaints'],
    responses: { 201: complaintDetailSchema, ...problems(400, 401, 404, 413, 415) },
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/complaints',
    summary: "The logged-in customer's complaints, newest first",
    tags: ['complaints'],
    query: complaintListQuery,
    responses: { 200: complaintListResponse, ...problems(400, 401) },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/complaints/:id',
    summary: 'A complaint with its history and attachments',
    tags: ['complaints'],
    params: uuidParams,
    responses: { 200: complaintDetailSchema, ...problems(400, 401, 404) },
  }),
  reply: defineRoute({
    method: 'POST',
    path: '/api/complaints/:id/replies',
    summary: 'Adds to a complaint that is not closed (the more information support asked for)',
    tags: ['complaints'],
    params: uuidParams,
    body: complaintReplyBody,
    responses: { 200: complaintDetailSchema, ...problems(400, 401, 404, 409) },
  }),
  attachment: defineRoute({
    method: 'GET',
    path: '/api/complaints/:id/attachments/:attachmentId',
    summary: 'A file attached to the complaint',
    tags: ['complaints'],
    params: attachmentParams,
    responses: { 200: binary(), ...problems(400, 401, 404) },
  }),
};

/** Support's complaint inbox and handling. */
export const supportComplaintsRoutes = {
  inbox: defineRoute({
    method: 'GET',
    path: '/api/support/complaints',
    summary: 'Complaints, open ones by nearest deadline first (staff)',
    tags: ['support'],
    query: supportComplaintInboxQuery,
    responses: { 200: supportComplaintInboxResponse, ...problems(400, 401, 403) },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/support/complaints/:id',
    summary: 'A complaint with its history and attachments (staff)',
    tags: ['support'],
    params: uuidParams,
    responses: { 200: supportComplaintDetailSchema, ...problems(400, 401, 403, 404) },
  }),
  attachment: defineRoute({
    method: 'GET',
    path: '/api/support/complaints/:id/attachments/:attachmentId',
    summary: 'A file attached to a complaint (staff)',
    tags: ['support'],
    params: attachmentParams,
    responses: { 200: binary(), ...problems(400, 401, 403, 404) },
  }),
  step: defineRoute({
    method: 'POST',
    path: '/api/support/complaints/:id/steps',
    summary:
      'Takes a complaint up, asks the customer for more, answers or closes it; the customer is e-mailed (staff)',
    tags: ['support'],
    params: uuidParams,
    body: complaintStepBody,
    responses: { 200: supportComplaintDetailSchema, ...problems(400, 401, 403, 404, 409) },
  }),
};
