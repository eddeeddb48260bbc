// Anyone who knows a billing number and the holder's JMBG (or PIB and matični broj) can link a contract
// to their account. The accounts that already have its metering points are told by e-mail, queued in
// the transaction of the link, and each telling is audited.
import type { Locale } from '@portal/contract';
import type { Prisma } from '@portal/db';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import { enqueueContractMail } from './contracts.mail.js';
import type { ContractsDeps } from './contracts.deps.js';

/** "3045678912" -> "******8912": the holder recognises it, a reader of the mail learns little. */
export function maskBillingNumber(number: string): string {
  return `${'*'.repeat(Math.max(0, number.length - 4))}${number.slice(-4)}`;
}

interface NewLink {
  /** who linked */
  userId: string;
  billingNumber: string;
  billingAccountIds: string[];
  meteringPointIds: string[];
}

/** Queues the mails and audit events; returns how many accounts were told. */
export async function tellOtherHolders(
  tx: Prisma.TransactionClient,
  deps: Pick<ContractsDeps, 'publicUrl'>,
  link: NewLink,
  context: ReturnType<typeof auditContext>,
  now: Date,
): Promise<number> {
  const links = await tx.userMeteringPoint.findMany({
    where: {
      meteringPointId: { in: link.meteringPointIds },
      userId: { not: link.userId },
      user: { emailVerifiedAt: { not: null } },
    },
    select: {
      userId: true,
      nickname: true,
      meteringPoint: { select: { id: true, street: true, city: true } },
      user: { select: { username: true, email: true, locale: true } },
    },
    orderBy: [{ userId: 'asc' }, { meteringPoint: { edNumber: 'asc' } }],
  });
  const byUser = new Map<string, typeof links>();
  for (const l of links) byUser.set(l.userId, [...(byUser.get(l.userId) ?? []), l]);
  for (const [holderId, held] of byUser) {
    const { user } = held[0]!;
    await enqueueContractMail(tx, {
      to: user.email,
      template: 'contractLinkedElsewhere',
      locale: user.locale as Locale,
      params: {
        username: user.username,
        when: now,
        meteringPoints: held
          .map((l) => l.nickname ?? `${l.meteringPoint.street}, ${l.meteringPoint.city}`)
          .join('; '),
        billingNumberMasked: maskBillingNumber(link.billingNumber),
        contractsUrl: `${deps.publicUrl}/contracts`,
      },
    });
    await recordAudit(tx, context, {
      action: 'contract.linked_by_another_account',
      actorUserId: link.userId,
      subjectType: 'user',
      subjectId: holderId,
      details: {
        billingAccountIds: link.billingAccountIds,
        meteringPointIds: held.map((l) => l.meteringPoint.id),
      },
    });
  }
  return byUser.size;
}
