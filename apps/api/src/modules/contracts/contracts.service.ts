// Linking and unlinking contracts. A contract is a billing account (naplatni broj) of any region; linking
// it gives the user every metering point of it whose supply contract is in force, and tells the accounts
// that already had them.
import type { Contract, LinkContractBody } from '@portal/contract';
import type { Prisma } from '@portal/db';
import { linkRetryAfterSeconds, type FailureCount } from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import { linkedMeteringPointsOf, linksOf } from '../access/access.repository.js';
import type { Actor } from '../access/actor.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import type { ContractsDeps } from './contracts.deps.js';
import { checkLinkIdentifiers, type LinkIdentifiers } from './link-identifiers.js';
import { tellOtherHolders } from './linked-elsewhere.js';

type AuditContext = ReturnType<typeof auditContext>;
type Tx = Prisma.TransactionClient;

/**
 * Metering points a link adds: those whose contract is in force. A point disconnected for debt is
 * included on purpose: its holder is the one who most needs to see the debt and pay it.
 */
export const linkableStatuses = ['ACTIVE', 'DISCONNECTED'] as const;

/** A contract as its holder sees it: only the metering points of it linked to them. */
const contractSelect = (actor: Actor) =>
  ({
    id: true,
    number: true,
    region: { select: { id: true, name: true, nameLatin: true } },
    customer: { select: { name: true } },
    meteringPoints: {
      where: linkedMeteringPointsOf(actor),
      select: { id: true, edNumber: true, street: true, postalCode: true, city: true },
      orderBy: { edNumber: 'asc' },
    },
  }) satisfies Prisma.BillingAccountSelect;

type ContractRow = Prisma.BillingAccountGetPayload<{ select: ReturnType<typeof contractSelect> }>;

function toContract(row: ContractRow): Contract {
  return {
    id: row.id,
    billingNumber: row.number,
    region: row.region,
    customerName: row.customer.name,
    meteringPoints: row.meteringPoints.map((p) => ({
      id: p.id,
      edNumber: p.edNumber,
      address: { street: p.street, postalCode: p.postalCode, city: p.city },
    })),
  };
}

/** The billing accounts whose customer carries these identifiers, in any region. */
function whereMatches(identifiers: LinkIdentifiers): Prisma.BillingAccountWhereInput {
  const customer =
    identifiers.kind === 'jmbg'
      ? { jmbg: identifiers.jmbg }
      : { pib: identifiers.pib, maticniBroj: identifiers.maticniBroj };
  return { number: identifiers.billingNumber, customer };
}

async function countFailures(tx: Tx, where: Prisma.AuditEventWhereInput): Promise<FailureCount> {
  const result = await tx.auditEvent.aggregate({
    where: { action: 'contract.link.failure', ...where },
    _count: { _all: true },
    _min: { occurredAt: true },
  });
  return { count: result._count._all, oldest: result._min.occurredAt };
}

type LinkOutcome =
  | { kind: 'linked'; contracts: Contract[]; linkedCount: number; told: number }
  | { kind: 'refused'; retryAfter: number }
  | { kind: 'not_matched' }
  | { kind: 'already_linked' };

export async function linkContract(
  deps: ContractsDeps,
  actor: Actor,
  body: LinkContractBody,
  context: AuditContext,
): Promise<{ contracts: Contract[]; linkedCount: number }> {
  const { prisma, linkAttemptRules: rules } = deps;
  const { userId } = actor;
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { personType: true } });
  const check = checkLinkIdentifiers(user.personType, body);
  const audit = { actorUserId: userId, subjectType: 'billing_number', subjectId: body.billingNumber.trim() };
  if (!check.ok) {
    await recordAudit(prisma, context, {
      ...audit,
      action: 'contract.link.invalid',
      details: { fields: check.errors.map((e) => `${e.path}:${e.code}`) },
    });
    throw new AppError('VALIDATION_FAILED', { errors: check.errors });
  }
  const { identifiers } = check;
  const details = { identifiers: identifiers.kind };

  // One attempt of a user at a time, so that parallel requests cannot slip past the limit together.
  const outcome = await prisma.$transaction(async (tx): Promise<LinkOutcome> => {
    await tx.$queryRawUnsafe(
      'SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended($1, 0))',
      `contract-link:${userId}`,
    );
    const now = deps.now();
    const since = (ms: number) => ({ gt: new Date(now.getTime() - ms) });
    const perUser = await countFailures(tx, { actorUserId: userId, occurredAt: since(rules.userWindowMs) });
    const perIp = await countFailures(tx, { ip: context.ip, occurredAt: since(rules.ipWindowMs) });
    const retryAfter = linkRetryAfterSeconds(now, perUser, perIp, rules);
    if (retryAfter > 0) {
      await recordAudit(tx, context, { ...audit, action: 'contract.link.refused', details });
      return { kind: 'refused', retryAfter };
    }

    // The same query and the same work whichever identifier is wrong: the answer and its timing must
    // not tell which one it was.
    const matches = await tx.billingAccount.findMany({
      where: whereMatches(identifiers),
      select: {
        id: true,
        meteringPoints: { where: { status: { in: [...linkableStatuses] } }, select: { id: true } },
      },
    });
    const pointIds = matches.flatMap((m) => m.meteringPoints.map((p) => p.id));
    if (pointIds.length === 0) {
      await recordAudit(tx, context, { ...audit, action: 'contract.link.failure', details });
      return { kind: 'not_matched' };
    }

    const created = await tx.userMeteringPoint.createMany({
      data: pointIds.map((meteringPointId) => ({ userId, meteringPointId, linkedAt: now })),
      skipDuplicates: true,
    });
    const accountIds = matches.map((m) => m.id);
    if (created.count === 0) {
      await recordAudit(tx, context, { ...audit, action: 'contract.link.existing', details });
      return { kind: 'already_linked' };
    }
    await recordAudit(tx, context, {
      ...audit,
      action: 'contract.link.success',
      details: { ...details, billingAccountIds: accountIds, linked: created.count },
    });
    const told = await tellOtherHolders(
      tx,
      deps,
      {
        userId,
        billingNumber: identifiers.billingNumber,
        billingAccountIds: accountIds,
        meteringPointIds: pointIds,
      },
      context,
      now,
    );
    const contracts = await tx.billingAccount.findMany({
      where: { id: { in: accountIds } },
      select: contractSelect(actor),
      orderBy: { regionId: 'asc' },
    });
    return { kind: 'linked', contracts: contracts.map(toContract), linkedCount: created.count, told };
  });

  switch (outcome.kind) {
    case 'linked':
      if (outcome.told > 0) deps.notifyMail();
      return { contracts: outcome.contracts, linkedCount: outcome.linkedCount };
    case 'refused':
      throw new AppError('LINK_ATTEMPTS_EXCEEDED', {
        headers: { 'retry-after': String(outcome.retryAfter) },
      });
    case 'not_matched':
      throw new AppError('CONTRACT_NOT_MATCHED');
    case 'already_linked':
      throw new AppError('CONTRACT_ALREADY_LINKED');
  }
}

/** The contracts that have at least one metering point linked to the user. */
export async function listContracts(deps: ContractsDeps, actor: Actor): Promise<Contract[]> {
  const rows = await deps.prisma.billingAccount.findMany({
    where: { meteringPoints: { some: linkedMeteringPointsOf(actor) } },
    select: contractSelect(actor),
    orderBy: [{ regionId: 'asc' }, { number: 'asc' }],
  });
  return rows.map(toContract);
}

/**
 * Removes the actor's links to every metering point of the billing account (the route checks access
 * first); 404 when there are none, e.g. unlinked meanwhile.
 */
export async function unlinkContract(
  deps: ContractsDeps,
  actor: Actor,
  billingAccountId: string,
  context: AuditContext,
): Promise<void> {
  const unlinked = await removeContractLinks(deps.prisma, actor, billingAccountId);
  await recordAudit(deps.prisma, context, {
    action: 'contract.unlink',
    actorUserId: actor.userId,
    subjectType: 'billing_account',
    subjectId: billingAccountId,
    details: { unlinked },
  });
}

/**
 * Removes the links of `holder` to the contract's metering points and answers how many there were;
 * 404 when there are none. The holder's own unlink and a supervisor's (support account actions) both
 * come here, each recording its own audit event.
 */
export async function removeContractLinks(
  prisma: ContractsDeps['prisma'],
  holder: Actor,
  billingAccountId: string,
): Promise<number> {
  const removed = await prisma.userMeteringPoint.deleteMany({
    where: { ...linksOf(holder), meteringPoint: { billingAccountId } },
  });
  if (removed.count === 0) throw new AppError('NOT_FOUND');
  return removed.count;
}
