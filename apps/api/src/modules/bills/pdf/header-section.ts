// The top of the bill under the supplier header: the title, the bill's identifiers and dates (3), the
// customer with the metering point (4) and the delivery address or, for businesses, the payer (5), drawn
// in the document kit's two columns.
import { formatDate, formatPeriod, inScript } from '../../../documents/format.js';
import { address, colors, contentWidth, page, text } from '../../../documents/layout.js';
import { drawParties } from '../../../documents/parties.js';
import type { RenderContext } from './context.js';

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
  // Element 5: households get the bill at the delivery address; a business bill names the payer (a tenant
  // when the contract names the premises' owner), its code and its seat.
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
    // element 4 names the contract's customer (a leased shop's owner) when it is not the payer
    party: { customer: bill.contractHolder ?? bill.customer, meteringPoint: bill.meteringPoint },
    delivery: {
      label: household ? t.deliveryAddress : t.payer,
      value: household
        ? delivery
        : [inScript(bill.customer.name, locale), `${t.payerCode}: ${bill.billingNumber}`, delivery],
    },
  });
  return bottom + 8;
}
