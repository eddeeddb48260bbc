// The PDF e-bill: an A4 document with the first page of the paper bill (supplier, bill data, customer,
// account summary, IPS QR code, discount notice, consumption chart, payment slip) and the second
// (metering point, meter readings, consumption by zone, bill lines).
//
// The output is deterministic: the same bill gives the same bytes. Both dates of the info dictionary are
// the bill's issue date (stampedInfo); fonts are subset with tags derived from their (fixed) resource names.
import type { BillDetail, BillHistoryPoint, Locale } from '@portal/contract';
import { drawAccount } from './account-section.js';
import { drawConsumption } from './consumption-table.js';
import { createPortalDocument, pdfBytes, stampedInfo } from '../../../documents/document.js';
import { formatPeriod, inScript } from '../../../documents/format.js';
import { fill } from '../../../documents/labels.js';
import { drawPaymentSlip, slipHeight } from '../../../documents/payment-slip.js';
import { drawHeader } from '../../../documents/supplier-header.js';
import { drawBillInfo, drawTitle } from './header-section.js';
import { labelsFor } from './labels.js';
import { address, colors, contentWidth, page, text } from '../../../documents/layout.js';
import type { RenderContext } from './context.js';
import { drawLines } from './lines-section.js';
import { drawNetMetering } from './net-metering-table.js';
import { drawMiniChart } from './mini-chart.js';
import { drawMeteringPoint, drawReadings } from './readings-section.js';
import { drawSupplierPayment } from './supplier-payment.js';

/** The date stamped into the PDF: midnight UTC of the issue date, the same on every render. */
export function documentDate(bill: BillDetail): Date {
  return new Date(`${bill.issueDate}T00:00:00.000Z`);
}

function createDocument(bill: BillDetail, locale: Locale): PDFKit.PDFDocument {
  const t = labelsFor(locale);
  return createPortalDocument({
    locale,
    info: stampedInfo({
      title: `${t.docTitle} ${bill.number}`,
      author: inScript(bill.supplier.name, locale),
      subject: `${t.edNumber} ${bill.meteringPoint.edNumber}, ${formatPeriod(bill.periodStart, bill.periodEnd, locale)}`,
      keywords: `${bill.number} ${bill.meteringPoint.edNumber}`,
      date: documentDate(bill),
    }),
  });
}

function firstPage(ctx: RenderContext, history: readonly BillHistoryPoint[]): void {
  let y = drawHeader(ctx, 30, ctx.bill);
  y = drawTitle(ctx, y);
  y = drawBillInfo(ctx, y);
  y = drawAccount(ctx, y);
  const slipTop = page.height - 28 - slipHeight;
  // The chart takes whatever room is left above the slip, within reason.
  const chartHeight = Math.min(170, slipTop - 36 - y);
  if (history.length > 0 && chartHeight > 60)
    drawMiniChart(ctx, history, page.margin, y, contentWidth, chartHeight);
  const { bill, t } = ctx;
  if (!bill.payment) {
    drawSupplierPayment(ctx, slipTop);
    return;
  }
  drawPaymentSlip(ctx, slipTop, {
    payer: { name: bill.customer.name, address: address(bill.customer.deliveryAddress) },
    payment: bill.payment,
    document: `${t.billNumber} ${bill.number}`,
  });
}

function secondPage(ctx: RenderContext): void {
  const bottom = page.height - page.margin - 10;
  const newPage = () => {
    ctx.doc.addPage();
    return drawTitle(ctx, drawHeader(ctx, 30, ctx.bill));
  };
  let y = newPage();
  y = drawMeteringPoint(ctx, y);
  y = drawReadings(ctx, y);
  y = drawConsumption(ctx, y);
  y = drawNetMetering(ctx, y);
  drawLines(ctx, y, bottom, newPage);
}

/** "Page n of m" and the validity note at the foot of every page, once the page count is known. */
function footers(ctx: RenderContext): void {
  const { doc, t, bill } = ctx;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = page.height - 22;
    const pageText = fill(t.page, { n: String(i + 1), m: String(range.count) });
    text(ctx, `${t.footer}  ·  ${bill.number}`, page.margin, y, contentWidth - 80, {
      size: 6,
      color: colors.muted,
      minSize: 5,
    });
    text(ctx, pageText, page.margin + contentWidth - 80, y, 80, {
      size: 6,
      color: colors.muted,
      align: 'right',
    });
  }
}

/**
 * The bill as a PDF in the reader's locale. `history` is the consumption of up to 13 periods, oldest
 * first, ending with this bill's (the mini-chart).
 */
export async function renderBillPdf(
  bill: BillDetail,
  history: BillHistoryPoint[],
  locale: Locale,
): Promise<Buffer> {
  const doc = createDocument(bill, locale);
  const ctx: RenderContext = { doc, bill, locale, t: labelsFor(locale) };
  firstPage(ctx, history);
  secondPage(ctx);
  footers(ctx);
  return pdfBytes(doc);
}
