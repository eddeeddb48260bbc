import { complaintsRoutes as routes, supportComplaintsRoutes as support } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendDownload } from '../../lib/download.js';
import { registerRoute } from '../../lib/route.js';
import { auditContext, recordAudit } from '../audit/audit.service.js';
import type { ComplaintsDeps } from './complaints.deps.js';
import {
  complaintAttachment,
  fileComplaint,
  getComplaint,
  listComplaints,
  replyToComplaint,
} from './complaints.service.js';
import { readComplaintRequest } from './multipart-complaint.js';
import { complaintInbox, supportComplaint, takeComplaintStep } from './support-complaints.service.js';

/** The customer's complaints (the contract's complaintsRoutes). */
export const complaintsRoutes: FastifyPluginAsyncZod<{ deps: ComplaintsDeps }> = async (app, { deps }) => {
  registerRoute(app, routes.file, {}, async (request, reply) => {
    const { fields, files } = await readComplaintRequest(request);
    await app.requireAccess(request.actor, 'meteringPoint.read', [fields.meteringPointId]);
    if (fields.billId) await app.requireAccess(request.actor, 'bill.read', [fields.billId]);
    const complaint = await fileComplaint(deps, request.actor!, fields, files, auditContext(request));
    return reply.code(201).send(complaint);
  });

  registerRoute(app, routes.list, {}, async (request) => listComplaints(deps, request.actor!, request.query));

  registerRoute(app, routes.get, { access: 'complaint.read' }, async (request) =>
    getComplaint(deps, request.params.id),
  );

  registerRoute(app, routes.reply, { access: 'complaint.reply' }, async (request) =>
    replyToComplaint(deps, request.actor!, request.params.id, request.body, auditContext(request)),
  );

  registerRoute(app, routes.attachment, { access: 'complaint.read' }, async (request, reply) =>
    sendDownload(reply, await complaintAttachment(deps, request.params.id, request.params.attachmentId)),
  );
};

/** Support's complaint inbox and steps (the contract's supportComplaintsRoutes). */
export const supportComplaintsRoutes: FastifyPluginAsyncZod<{ deps: ComplaintsDeps }> = async (
  app,
  { deps },
) => {
  const staff = { staff: 'support', access: 'complaintCase.handle' } as const;

  registerRoute(app, support.inbox, { staff: 'support' }, async (request) =>
    complaintInbox(deps, request.actor!, request.query, auditContext(request)),
  );

  registerRoute(app, support.get, staff, async (request) =>
    supportComplaint(deps, request.actor!, request.params.id, auditContext(request)),
  );

  registerRoute(app, support.attachment, staff, async (request, reply) => {
    const file = await complaintAttachment(deps, request.params.id, request.params.attachmentId);
    await recordAudit(app.prisma, auditContext(request), {
      action: 'support.complaint.attachment',
      actorUserId: request.actor!.userId,
      subjectType: 'complaint',
      subjectId: request.params.id,
      details: { attachmentId: request.params.attachmentId },
    });
    return sendDownload(reply, file);
  });

  registerRoute(app, support.step, staff, async (request) =>
    takeComplaintStep(deps, request.actor!, request.params.id, request.body, auditContext(request)),
  );
};
