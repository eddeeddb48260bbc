import type { Prisma, PrismaClient } from '@portal/db';
import type { FastifyRequest } from 'fastify';

export type AuditAction =
  | 'contract.link.success'
  | 'contract.link.failure'
  | 'contract.link.existing'
  | 'contract.link.invalid'
  | 'contract.link.refused'
  | 'contract.unlink'
  | 'contract.linked_by_another_account'
  | 'auth.register'
  | 'auth.register.existing'
  | 'auth.verify.success'
  | 'auth.verify.failure'
  | 'auth.login.success'
  | 'auth.login.failure'
  | 'auth.login.throttled'
  /** the password was right, but a supervisor has disabled the account */
  | 'auth.login.disabled'
  | 'auth.refresh.reuse'
  /** a staff session refreshed after its idle limit: ended */
  | 'auth.refresh.idle'
  | 'auth.logout'
  | 'auth.sessions.revoke'
  | 'auth.password.reset.request'
  | 'auth.password.reset'
  | 'auth.password.change'
  | 'auth.password.change.failure'
  | 'auth.email.change.request'
  | 'auth.email.change'
  | 'auth.email.change.failure'
  | 'auth.profile.update'
  /** reminders turned off with a reminder mail's link, without a login (the account owner's own act) */
  | 'reminders.unsubscribe'
  /** news e-mails turned off with a news mail's link, without a login (the account owner's own act) */
  | 'news.unsubscribe'
  /** the password was right; a TOTP or recovery code is asked for */
  | 'auth.login.mfa_required'
  | 'auth.login.mfa_failure'
  | 'auth.mfa.totp.enrol'
  | 'auth.mfa.totp.enable'
  | 'auth.mfa.totp.disable'
  | 'auth.mfa.totp.disable.failure'
  | 'auth.mfa.recovery_code.use'
  /** support staff read an import run's quarantine: raw records, with customers' personal data */
  | 'support.quarantine.read'
  /** staff looked customers up: the kind of text and the number of matches, not the text */
  | 'support.customers.lookup'
  /** a supervisor read a report (or its CSV): no personal data in it, but staff activity is on record */
  | 'support.report.read'
  /** staff opened a read-only view of a customer's account, with a reason (support_access) */
  | 'support.access.open'
  /** a request made through an opened access: the page and ids read; the customer sees these */
  | 'support.customer.view'
  /** staff opened a portal account's summary (support/account-actions.service.ts) */
  | 'support.user.read'
  /** a supervisor's actions on a portal account: each with its reason (category and text) */
  | 'support.user.verification_mail'
  | 'support.user.throttle.lift'
  | 'support.user.sessions.revoke'
  | 'support.user.disable'
  | 'support.user.enable'
  | 'support.user.contract.unlink'
  /** a supervisor read the list of staff accounts */
  | 'support.staff.list'
  /** a customer filed a complaint, or added to one (the text stays in the complaint, not here) */
  | 'complaint.file'
  | 'complaint.reply'
  /** support read the complaint inbox or a complaint: the customer's words and files */
  | 'support.complaints.inbox'
  | 'support.complaint.read'
  | 'support.complaint.attachment'
  /** support's steps on a complaint, each e-mailed to the customer (from and to status in details) */
  | 'support.complaint.review'
  | 'support.complaint.requestInfo'
  | 'support.complaint.answer'
  | 'support.complaint.close'
  /** customer news (modules/news): staff read the list; a supervisor wrote, rewrote, ended or e-mailed one */
  | 'news.list'
  | 'news.create'
  | 'news.update'
  | 'news.expire'
  | 'news.send'
  /** an account for staff was created, by `pnpm staff:create` or by a supervisor (details.via) */
  | 'staff.account.create';

export interface AuditEvent {
  action: AuditAction;
  actorUserId?: string | null;
  subjectType?: string;
  subjectId?: string;
  details?: Prisma.InputJsonValue;
}

/**
 * Who did it from where and when: the request's IP, user agent and id, and the app clock's now (limits
 * count events over time windows of that clock). Never passwords, codes or tokens.
 */
export function auditContext(request: FastifyRequest) {
  return {
    at: request.server.clock.now(),
    ip: request.ip,
    requestId: String(request.id),
    userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
  };
}

export async function recordAudit(
  prisma: Pick<PrismaClient, 'auditEvent'>,
  context: ReturnType<typeof auditContext>,
  event: AuditEvent,
): Promise<void> {
  await prisma.auditEvent.create({
    data: {
      occurredAt: context.at,
      action: event.action,
      actorUserId: event.actorUserId ?? null,
      subjectType: event.subjectType ?? null,
      subjectId: event.subjectId ?? null,
      ip: context.ip,
      requestId: context.requestId,
      details: { userAgent: context.userAgent, ...(event.details as object | undefined) },
    },
  });
}
