// A supervisor's management of staff accounts: the list, and a new account through the same service as
// `pnpm staff:create`. The new account gets a generated initial password, answered once to the
// supervisor to hand over, and no TOTP: its first login may only enrol it (modules/access/audience.ts).
// Disabling and enabling staff are the account actions (account-actions.service.ts).
import type { StaffCreateBody, StaffCreateResponse, StaffMember } from '@portal/contract';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../access/actor.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import type { AuthDeps } from '../auth/auth.deps.js';
import { createStaffAccount, StaffAccountError } from './staff-accounts.service.js';

type Context = ReturnType<typeof auditContext>;
export type StaffManagementDeps = Pick<AuthDeps, 'prisma' | 'totpKey' | 'now'>;

const levelOf = (role: string): StaffMember['role'] => (role === 'SUPERVISOR' ? 'supervisor' : 'support');

/** Every staff account, supervisors first, then by username. */
export async function listStaff(
  deps: StaffManagementDeps,
  actor: Actor,
  context: Context,
): Promise<StaffMember[]> {
  const rows = await deps.prisma.user.findMany({
    where: { role: { in: ['SUPPORT', 'SUPERVISOR'] } },
    orderBy: { usernameNormalized: 'asc' },
    select: {
      id: true,
      username: true,
      email: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      totp: { select: { confirmedAt: true } },
    },
  });
  await recordAudit(deps.prisma, context, {
    action: 'support.staff.list',
    actorUserId: actor.userId,
    details: { count: rows.length },
  });
  const members = rows.map((row) => ({
    id: row.id,
    username: row.username,
    email: row.email,
    role: levelOf(row.role),
    totp: !!row.totp?.confirmedAt,
    disabled: !!row.disabledAt,
    createdAt: row.createdAt.toISOString(),
  }));
  return [...members.filter((m) => m.role === 'supervisor'), ...members.filter((m) => m.role === 'support')];
}

/** A new staff account; its initial password is in this answer only. */
export async function createStaffMember(
  deps: StaffManagementDeps,
  actor: Actor,
  body: StaffCreateBody,
  context: Context,
): Promise<StaffCreateResponse> {
  try {
    const created = await createStaffAccount(
      deps,
      { role: body.role, username: body.username, email: body.email, withTotp: false },
      { actorUserId: actor.userId, ip: context.ip, requestId: context.requestId },
    );
    const row = await deps.prisma.user.findUniqueOrThrow({
      where: { id: created.userId },
      select: { email: true, createdAt: true },
    });
    return {
      id: created.userId,
      username: created.username,
      email: row.email,
      role: created.role,
      totp: false,
      disabled: false,
      createdAt: row.createdAt.toISOString(),
      initialPassword: created.password,
    };
  } catch (error) {
    if (!(error instanceof StaffAccountError)) throw error;
    if (error.kind === 'taken') throw new AppError('STAFF_ACCOUNT_TAKEN');
    // the body passed the contract's schema: what is left is the generated password failing the
    // policy against this username or e-mail, which a second try with a new password cures
    throw new AppError('VALIDATION_FAILED', { cause: error });
  }
}
