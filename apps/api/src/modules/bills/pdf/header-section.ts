// The top of the bill: the supplier (element 1) and the branch (2), the bill's identifiers and dates (3),
// the customer with the metering point (4) and the delivery address or, for businesses, the payer (5).
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

/** The supplier and branch block at the top of every page. Returns the y below it. */
export function drawHeader(ctx: RenderContext, y: number): number {
  const { bill, locale, t } = ctx;
  const x = page.margin;
  const left = contentWidth * 0.58;
  const right = contentWidth - left;
  const rx = x + left;
  text(ctx, inScript(bill.supplier.name, locale), x, y, left - 10, {
    size: 11.5,
    weight: 'bold',
    color: colors.accent,
    minSize: 9,
  });
  text(ctx, inScript(bill.supplier.address, locale), x, y + 16, left - 10, {
    size: 7.5,
    color: colors.muted,
  });
  text(ctx, `${t.pib} ${bill.supplier.pib}  ·  ${bill.supplier.website}`, x, y + 26, left - 10, {
    size: 7.5,
    color: colors.muted,
  });

  text(ctx, t.yourBranch, rx, y, right, { size: 6.5, color: colors.muted, align: 'right' });
  text(ctx, inScript(bill.branch.name, locale), rx, y + 8, right, {
    size: 8.5,
    weight: 'bold',
    align: 'right',
    minSize: 7,
  });
  text(ctx, inScript(bill.branch.address, locale), rx, y + 19, right, {
    size: 7.5,
    color: colors.muted,
    align: 'right',
    minSize: 6.5,
  });
  if (bill.branch.phone) {
    text(ctx, `${t.phone} ${bill.branch.phone}`, rx, y + 28.5, right, {
      size: 7.5,
      color: colors.muted,
      align: 'right',
    });
  }
  ctx.doc
    .moveTo(x, y + 42)
    .lineTo(x + contentWidth, y + 42)
    .lineWidth(1.6)
    .strokeColor(colors.accent)
    .stroke();
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
  const x = page.margin;
  const gap = 18;
  const leftWidth = (contentWidth - gap) * 0.5;
  const rightWidth = contentWidth - gap - leftWidth;
  const half = (leftWidth - 10) / 2;

  let ly = heading(ctx, t.billInfo, x, y, leftWidth);
  const cells: [string, string][][] = [
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
  ];
  for (const [first, second] of cells) {
    const h1 = field(ctx, first![0], first![1], x, ly, half);
    const h2 = field(ctx, second![0], second![1], x + half + 10, ly, half);
    ly += Math.max(h1, h2) + 5;
  }

  const rx = x + leftWidth + gap;
  let ry = heading(ctx, t.customer, rx, y, rightWidth);
  ry +=
    text(ctx, inScript(bill.customer.name, locale), rx, ry, rightWidth, {
      size: 10,
      weight: 'bold',
      minSize: 7.5,
    }) + 4;
  ry +=
    field(ctx, t.meteringPoint, inScript(address(bill.meteringPoint.address), locale), rx, ry, rightWidth) +
    5;
  // Element 5: households get the bill at the delivery address; a business bill names the payer and its seat.
  const household = bill.meteringPoint.category === 'household';
  const delivery = inScript(address(bill.customer.deliveryAddress), locale);
  const deliveryValue = household ? delivery : [inScript(bill.customer.name, locale), delivery];
  ry += field(ctx, household ? t.deliveryAddress : t.payer, deliveryValue, rx, ry, rightWidth) + 5;
  rule(ctx, x, Math.max(ly, ry), contentWidth);
  return Math.max(ly, ry) + 8;
}
