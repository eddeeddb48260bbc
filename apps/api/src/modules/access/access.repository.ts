// The ownership conditions, written once: which metering points, bills, notices, payment orders and
// contracts (billing accounts) are a user's as their holder. The batched checks answer "which of these
// ids", and the scopes let list queries read only what the actor holds.
import type { Prisma, PrismaClient } from '@portal/db';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from './actor.js';
import type { ResourceKind } from './permissions.js';

/**
 * The user whose links a customer-data query reads: the actor's own, or, for staff reading through an
 * opened access (X-Support-Access), the viewed customer's. Staff have no links of their own.
 */
export function linksOwner(actor: Actor): string {
  // Prisma reads `userId: undefined` as no condition at all: never let a missing id through.
  if (!actor?.userId) throw new AppError('UNAUTHORIZED');
  return actor.viewing?.userId ?? actor.userId;
}

const linkedTo = (userId: string) =>
  ({ userLinks: { some: { userId } } }) satisfies Prisma.MeteringPointWhereInput;

/** The actor's links (user_metering_point rows): nickname, paperless choice, when linked. */
export const linksOf = (actor: Actor) =>
  ({ userId: linksOwner(actor) }) satisfies Prisma.UserMeteringPointWhereInput;

/** The metering points linked to the actor. */
export const linkedMeteringPointsOf = (actor: Actor) => linkedTo(linksOwner(actor));

export type AccessClient = Pick<
  PrismaClient,
  | 'meteringPoint'
  | 'bill'
  | 'dunningNotice'
  | 'paymentOrder'
  | 'billingAccount'
  | 'importRun'
  | 'user'
  | 'supportAccess'
  | 'customer'
  | 'complaint'
  | 'newsItem'
>;

/**
 * Of the ids asked about, those of each kind that the user holds. The staff kinds
 * (`staffResourceKinds`) are asked only for staff actors (checkAccess knows the role from the signed
 * token), so they answer which of the ids exist, without asking the user's role again.
 */
export type HolderChecks = Record<ResourceKind, (userId: string, ids: string[]) => Promise<Set<string>>>;

export interface AccessRepository {
  holder: HolderChecks;
  /** The account an access this staff member opened lets them read, while it lasts; else null. */
  viewedBy: (staffUserId: string, accessId: string, now: Date) => Promise<string | null>;
}

const select = { id: true } as const;
const idsOf = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));

/**
 * `primary`: where a support access is looked up. Staff open an access and read through it at once, and
 * an ended access must end at once; a read replica (`prisma` on a read-only request) may lag behind.
 */
export function accessRepository(
  prisma: AccessClient,
  primary: Pick<AccessClient, 'supportAccess'> = prisma,
): AccessRepository {
  return {
    holder: {
      meteringPoint: async (userId, ids) =>
        idsOf(
          await prisma.meteringPoint.findMany({ where: { id: { in: ids }, ...linkedTo(userId) }, select }),
        ),
      bill: async (userId, ids) =>
        idsOf(
          await prisma.bill.findMany({ where: { id: { in: ids }, meteringPoint: linkedTo(userId) }, select }),
        ),
      notice: async (userId, ids) =>
        idsOf(
          await prisma.dunningNotice.findMany({
            where: { id: { in: ids }, meteringPoint: linkedTo(userId) },
            select,
          }),
        ),
      paymentOrder: async (userId, ids) =>
        idsOf(await prisma.paymentOrder.findMany({ where: { id: { in: ids }, userId }, select })),
      // The portal's own operations are no customer's: every staff member holds every import run.
      importRun: async (_staffUserId, ids) =>
        idsOf(await prisma.importRun.findMany({ where: { id: { in: ids } }, select })),
      // Every customer is every staff member's to open a view of (audited, with a reason): a customer
      // of the regional data, or a customer's portal account.
      customer: async (_staffUserId, ids) => {
        const [customers, accounts] = await Promise.all([
          prisma.customer.findMany({ where: { id: { in: ids } }, select }),
          prisma.user.findMany({ where: { id: { in: ids }, role: 'CUSTOMER' }, select }),
        ]);
        return new Set([...idsOf(customers), ...idsOf(accounts)]);
      },
      // every portal account, staff's too, is every staff member's to look at (the routes set the level)
      account: async (_staffUserId, ids) =>
        idsOf(await prisma.user.findMany({ where: { id: { in: ids } }, select })),
      supportAccess: async (userId, ids) =>
        idsOf(
          await prisma.supportAccess.findMany({ where: { id: { in: ids }, staffUserId: userId }, select }),
        ),
      // a complaint is the filer's; staff handle every complaint (complaintCase), never as its holder
      complaint: async (userId, ids) =>
        idsOf(await prisma.complaint.findMany({ where: { id: { in: ids }, userId }, select })),
      complaintCase: async (_staffUserId, ids) =>
        idsOf(await prisma.complaint.findMany({ where: { id: { in: ids } }, select })),
      // an announcement for everyone, or for a region where the user has a linked metering point
      news: async (userId, ids) =>
        idsOf(
          await prisma.newsItem.findMany({
            where: {
              id: { in: ids },
              OR: [{ regionId: null }, { region: { meteringPoints: { some: linkedTo(userId) } } }],
            },
            select,
          }),
        ),
      // the portal's own announcements: every staff member's (the routes set the level)
      newsItem: async (_staffUserId, ids) =>
        idsOf(await prisma.newsItem.findMany({ where: { id: { in: ids } }, select })),
      billingAccount: async (userId, ids) =>
        idsOf(
          await prisma.billingAccount.findMany({
            where: { id: { in: ids }, meteringPoints: { some: linkedTo(userId) } },
            select,
          }),
        ),
    },
    viewedBy: async (staffUserId, accessId, now) =>
      (
        await primary.supportAccess.findFirst({
          where: { id: accessId, staffUserId, expiresAt: { gt: now } },
          select: { viewedUserId: true },
        })
      )?.viewedUserId ?? null,
  };
}
