// What an actor may do with a resource, one permission per kind of customer-data route. Each names
// the kind of resource its ids are of, which decides the ownership query that answers it.

export const resourceKinds = [
  'meteringPoint',
  'bill',
  'notice',
  'paymentOrder',
  'billingAccount',
  'importRun',
  'customer',
  'supportAccess',
  'account',
  'complaint',
  'complaintCase',
  'news',
  'newsItem',
] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** The kinds no customer holds: the portal's own operations, which every staff member holds. */
export const staffResourceKinds: ReadonlySet<ResourceKind> = new Set([
  'importRun',
  'customer',
  'supportAccess',
  'account',
  'complaintCase',
  'newsItem',
]);

export const permissionResources = {
  'meteringPoint.read': 'meteringPoint',
  'meteringPoint.update': 'meteringPoint',
  /** paying a metering point's whole debt (IPS QR code) */
  'meteringPoint.pay': 'meteringPoint',
  /** a metering point's bills, and a year of them as a zip */
  'bill.list': 'meteringPoint',
  'bill.read': 'bill',
  'bill.pdf': 'bill',
  'consumption.read': 'meteringPoint',
  /** submitting a self-reading of a metering point's meter: the customer's own, never a staff view's */
  'reading.submit': 'meteringPoint',
  'notice.list': 'meteringPoint',
  'notice.pdf': 'notice',
  /** a metering point's payments */
  'payment.read': 'meteringPoint',
  'ledger.read': 'meteringPoint',
  'paymentOrder.read': 'paymentOrder',
  'paymentOrder.cancel': 'paymentOrder',
  'paymentOrder.receipt': 'paymentOrder',
  'contract.unlink': 'billingAccount',
  /** an import run's quarantine: support staff only */
  'importRun.read': 'importRun',
  /** opening a read-only view of a customer's account (a customer of the look-up, or their portal account) */
  'customer.view': 'customer',
  /** an access to a customer's account: its opener's */
  'supportAccess.read': 'supportAccess',
  /** a portal account's summary (support) */
  'account.read': 'account',
  /** a supervisor's actions on a portal account (disable, end sessions, unlink, ...) */
  'account.manage': 'account',
  /** a complaint, its history and files: the customer who filed it */
  'complaint.read': 'complaint',
  /** adding to one's own complaint */
  'complaint.reply': 'complaint',
  /** support's handling of any complaint: read, take up, ask for more, answer, close */
  'complaintCase.handle': 'complaintCase',
  /** dismissing an announcement the customer can see (for everyone or a region of their points) */
  'news.markRead': 'news',
  /** writing, expiring and e-mailing announcements: the portal's own, every staff member's (routes set the level) */
  'newsItem.manage': 'newsItem',
} as const satisfies Record<string, ResourceKind>;

export type Permission = keyof typeof permissionResources;

export const permissions = Object.keys(permissionResources) as Permission[];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(permissionResources, value);
}

/**
 * What staff may do with a customer's data through an opened access: read, every page and document the
 * customer can, and nothing else (no payment, cancellation, unlinking or change).
 */
export const viewPermissions: ReadonlySet<Permission> = new Set<Permission>([
  'meteringPoint.read',
  'bill.list',
  'bill.read',
  'bill.pdf',
  'consumption.read',
  'notice.list',
  'notice.pdf',
  'payment.read',
  'ledger.read',
  'paymentOrder.read',
  'paymentOrder.receipt',
  'complaint.read',
]);
