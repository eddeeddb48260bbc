// The top of the bill: the supplier (element 1) and the branch (2), the bill's identifiers and dates (3),
// the customer with the metering point (4) and the delivery address or, for businesses, the payer (5).
// The dunning notice draws the same blocks: drawHeader with its issuer, drawParties with its identifiers.
import type { BillDetail } from '@portal/contract';
import { formatDate, formatPeriod, inScript } from './format.js';
import {
  address,
  colors,
  contentWidth,
  field,
  heading,
  page,
  rule,
  text,
  type RenderContext,
} from './layout.js';

/** Who issues a document: the supplier and the branch of the customer's region (a bill or a notice). */
export type Issuer = Pick<BillDetail, 'supplier' | 'branch'>;

/**
 * The supplier and branch block at the top of every page of a bill, and of a notice, with the accent rule
 * under it. `issuer` defaults to the bill's. Returns the y below it.
 */
export function drawHeader(ctx: RenderContext, y: number, issuer: Issuer = ctx.bill): number {
  const { locale, t } = ctx;
  const { supplier, branch } = issuer;
  const x = page.margin;
  const left = contentWidth * 0.58;
  const right = contentWidth - left;
  const rx = x + left;
  text(ctx, inScript(supplier.name, locale), x, y, left - 10, {
    size: 11.5,
    weight: 'bold',
    color: colors.accent,
    minSize: 9,
  });
  text(ctx, inScript(supplier.address, locale), x, y + 16, left - 10, {
    size: 7.5,
    color: colors.muted,
  });
  text(ctx, `${t.pib} ${supplier.pib}  ·  ${supplier.website}`, x, y + 26, left - 10, {
    size: 7.5,
    color: colors.muted,
  });

  text(ctx, t.yourBranch, rx, y, right, { size: 6.5, color: colors.muted, align: 'right' });
  text(ctx, inScript(branch.name, locale), rx, y + 8, right, {
    size: 8.5,
    weight: 'bold',
    align: 'right',
    minSize: 7,
  });
  text(ctx, inScript(branch.address, locale), rx, y + 19, right, {
    size: 7.5,
    color: colors.muted,
    align: 'right',
    minSize: 6.5,
  });
  if (branch.phone) {
    text(ctx, `${t.phone} ${branch.phone}`, rx, y + 28.5, right, {
      size: 7.5,
      color: colors.muted,
      align: 'right',
    });
  }
  rule(ctx, x, y + 42, contentWidth, colors.accent, 1.6);
  return y + 50;
}

/** The document title with the bill number and period on the right. Returns the y below it. */
export function drawTitle(ctx: RenderContext, y: number): number {
  const { bill, locale, t } = ctx;
  const x = page.margin;
  text(ctx, t.docTitle, x, y, contentWidth * 0.6, { size: 13, weight: 'bold', minSize: 10 });
  const right = `${t.billNumber} ${bill.number}  ·  ${formatPeriod(bill.periodStart, bill.periodEnd, locale)}`;
  text(ctx, right, x + contentWidth * 0.6, y + 3.5, contentWidth * 0.4, {
    size: 8,
    color: colors.muted,
    align: 'right',
    minSize: 6.5,
  });
  return y + 24;
}

/** Element 3 on the left, elements 4 and 5 on the right. Returns the y below the taller column. */
export function drawBillInfo(ctx: RenderContext, y: number): number {
  const { bill, locale, t } = ctx;
  // Element 5: households get the bill at the delivery address; a business bill names the payer and its seat.
  const household = bill.meteringPoint.category === 'household';
  const delivery = inScript(address(bill.customer.deliveryAddress), locale);
  const bottom = drawParties(ctx, y, {
    leftShare: 0.5,
    title: t.billInfo,
    pairs: [
      [
        [t.edNumber, bill.meteringPoint.edNumber],
        [t.billNumber, bill.number],
      ],
      [
        [t.period, formatPeriod(bill.periodStart, bill.periodEnd, locale)],
        [t.days, bill.notRead ? t.notRead : String(bill.days)],
      ],
      [
        [t.readingDate, bill.readingDate ? formatDate(bill.readingDate, locale) : t.notRead],
        [t.issueDate, formatDate(bill.issueDate, locale)],
      ],
      [
        [t.dueDate, formatDate(bill.dueDate, locale)],
        [t.billingNumber, bill.billingNumber],
      ],
    ],
    party: bill,
    delivery: {
      label: household ? t.deliveryAddress : t.payer,
      value: household ? delivery : [inScript(bill.customer.name, locale), delivery],
    },
  });
  return bottom + 8;
}

/** Who the customer is (element 4: the name and the metering point's address). */
export interface CustomerParty {
  customer: { name: string };
  meteringPoint: { address: { street: string; postalCode: string; city: string } };
}

/** The two columns under the title of a bill or a notice. */
export interface PartiesBlock {
  /** the left column's share of the width between the margins, less the gap */
  leftShare: number;
  /** the heading of the left column and the document's identifiers under it, two to a line */
  title: string;
  pairs: [string, string][][];
  /** the right column: the customer, then the address the document goes to (element 5 on the bill) */
  party: CustomerParty;
  delivery: { label: string; value: string | string[] };
}

/**
 * The document's identifiers on the left, the customer on the right, and a rule under the taller column.
 * Returns the y of the rule.
 */
export function drawParties(ctx: RenderContext, y: number, block: PartiesBlock): number {
  const x = page.margin;
  const gap = 18;
  const leftWidth = (contentWidth - gap) * block.leftShare;
  const rightWidth = contentWidth - gap - leftWidth;
  const half = (leftWidth - 10) / 2;
  const ly = drawFieldPairs(ctx, block.pairs, x, heading(ctx, block.title, x, y, leftWidth), half);
  const ry = drawCustomer(ctx, block.party, x + leftWidth + gap, y, rightWidth, block.delivery);
  const bottom = Math.max(ly, ry);
  rule(ctx, x, bottom, contentWidth);
  return bottom;
}

/**
 * Captions over values, two to a line (the last may hold one), each column `half` wide, as in the
 * bill's element 3 and the notice's identifiers. Returns the y below them.
 */
function drawFieldPairs(
  ctx: RenderContext,
  pairs: [string, string][][],
  x: number,
  y: number,
  half: number,
): number {
  let ly = y;
  for (const [first, second] of pairs) {
    const h1 = field(ctx, first![0], first![1], x, ly, half);
    const h2 = second ? field(ctx, second[0], second[1], x + half + 10, ly, half) : 0;
    ly += Math.max(h1, h2) + 5;
  }
  return ly;
}

/**
 * Element 4 under the customer heading, then `delivery`: the address the document goes to (element 5 on
 * the bill). Returns the y below the column.
 */
function drawCustomer(
  ctx: RenderContext,
  party: CustomerParty,
  x: number,
  y: number,
  width: number,
  delivery: { label: string; value: string | string[] },
): number {
  const { locale, t } = ctx;
  let ry = heading(ctx, t.customer, x, y, width);
  ry +=
    text(ctx, inScript(party.customer.name, locale), x, ry, width, {
      size: 10,
      weight: 'bold',
      minSize: 7.5,
    }) + 4;
  ry += field(ctx, t.meteringPoint, inScript(address(party.meteringPoint.address), locale), x, ry, width) + 5;
  ry += field(ctx, delivery.label, delivery.value, x, ry, width) + 5;
  return ry;
}
