// One rule, written once: the supplier and the currency of a metering point are those of its latest
// issued bill (by billing period); a point never billed is EPS's, in dinars. The region does not say it:
// ERS and EPCG points sit in a portal region too. The overview (metering-points), the notices and the
// new-notice e-mail (notices) all ask here.
import { supplierOfLayout, type BillLayout, type BillSupplier } from '@portal/domain';
import type { Prisma } from '@portal/db';

/** The supplier of a point never billed. */
export const unbilledSupplier: BillSupplier = supplierOfLayout('EPS_HOUSEHOLD');

/**
 * The latest issued bill of the metering point `point` (a SQL expression: a column or a `$n` parameter),
 * as a subquery for a LEFT JOIN LATERAL; no row when the point was never billed.
 */
export function latestIssuedBillSql(point: string): string {
  return `SELECT b.* FROM bill b
       WHERE b.metering_point_id = ${point} AND b.status = 'ISSUED' ORDER BY b.period_start DESC LIMIT 1`;
}

/** Who a metering point's bills and debt are owed to, and in which currency. */
export async function supplierOfMeteringPoint(
  db: Pick<Prisma.TransactionClient, '$queryRawUnsafe'>,
  meteringPointId: string,
): Promise<BillSupplier> {
  const [latest] = await db.$queryRawUnsafe<{ layout: BillLayout }[]>(
    `SELECT lb.layout::text AS layout FROM (${latestIssuedBillSql('$1::uuid')}) lb`,
    meteringPointId,
  );
  return latest ? supplierOfLayout(latest.layout) : unbilledSupplier;
}
