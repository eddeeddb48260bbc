// A dunning notice as an A4 PDF: the supplier and branch, the notice's identifiers, the customer and the
// metering point, the debt on its date, the deadline, the consequence of not paying, and how to pay
// (payee account, model 97 reference of the billing number, and the IPS QR code while it is open). A debt
// owed to ERS or EPCG (KM, euros) has no Serbian slip or QR code: the notice says it is paid to them.
// It is drawn with the document kit (../../../documents), as the bill is, so the two look alike and
// share one embedded DejaVu face; like the bill, the same notice gives the same bytes.
import type { Locale } from '@portal/contract';
import { createPortalDocument, pdfBytes, stampedInfo } from '../../../documents/document.js';
import { formatDate, formatMoney, inScript } from '../../../documents/format.js';
import { drawIpsQr } from '../../../documents/ips-qr.js';
import { fill } from '../../../documents/labels.js';
import { drawParties } from '../../../documents/parties.js';
import { drawHeader as drawIssuer } from '../../../documents/supplier-header.js';
import {
  address,
  box,
  colors,
  contentWidth,
  heading,
  page,
  row,
  rule,
  setFont,
  text,
  type DocumentContext,
} from '../../../documents/layout.js';
import type { NoticeDocument } from '../notices.service.js';
import { noticeConsequence, noticeLabelsFor, noticeTitle, type NoticeLabels } from './notice-labels.js';

interface NoticeContext {
  /** the kit's drawing context */
  pdf: DocumentContext;
  doc: PDFKit.PDFDocument;
  data: NoticeDocument;
  locale: Locale;
  n: NoticeLabels;
}

const warningColor = '#b4541a';

function createDocument(data: NoticeDocument, locale: Locale, n: NoticeLabels): PDFKit.PDFDocument {
  return createPortalDocument({
    locale,
    info: stampedInfo({
      title: `${noticeTitle(data.notice.kind, n)} ${data.notice.number}`,
      author: inScript(data.supplier.name, locale),
      subject: `${n.edNumber} ${data.meteringPoint.edNumber}`,
      keywords: `${data.notice.number} ${data.meteringPoint.edNumber} ${data.billingNumber}`,
      date: new Date(`${data.notice.issuedOn}T00:00:00.000Z`),
    }),
  });
}

/** A Serbian date ends with a period ("16.11.2026."), so does "дин.": no second one at a sentence's end. */
export function sentence(value: string): string {
  return value.replace(/\.\.(?=\s|$)/g, '.');
}

/** A paragraph that wraps in `width`; returns its height. */
function paragraph(
  ctx: NoticeContext,
  value: string,
  x: number,
  y: number,
  width: number,
  options: { size?: number; weight?: 'regular' | 'bold'; color?: string } = {},
): number {
  setFont(ctx.pdf, options.weight ?? 'regular', options.size ?? 9.5);
  ctx.doc.fillColor(options.color ?? colors.text).text(value, x, y, { width, lineGap: 2 });
  return ctx.doc.heightOfString(value, { width, lineGap: 2 });
}

/** The supplier and branch block, as on the bill, with a little more room under it. */
function drawHeader(ctx: NoticeContext, y: number): number {
  return drawIssuer(ctx.pdf, y, ctx.data) + 4;
}

function drawTitle(ctx: NoticeContext, y: number): number {
  const { data, locale, n, pdf } = ctx;
  const x = page.margin;
  const accent = data.notice.kind === 'reminder_before_enforcement' ? colors.red : warningColor;
  text(pdf, noticeTitle(data.notice.kind, n), x, y, contentWidth * 0.68, {
    size: 15,
    weight: 'bold',
    color: accent,
    minSize: 11,
  });
  const right = `${n.number} ${data.notice.number}  ·  ${formatDate(data.notice.issuedOn, locale)}`;
  text(pdf, right, x + contentWidth * 0.68, y + 5, contentWidth * 0.32, {
    size: 8,
    color: colors.muted,
    align: 'right',
    minSize: 6.5,
  });
  return y + 30;
}

/** The notice's identifiers on the left, the customer and the metering point on the right. */
function drawNoticeParties(ctx: NoticeContext, y: number): number {
  const { data, locale, n, pdf } = ctx;
  const { notice } = data;
  const bottom = drawParties(pdf, y, {
    leftShare: 0.45,
    title: n.noticeInfo,
    pairs: [
      [
        [n.number, notice.number],
        [n.issuedOn, formatDate(notice.issuedOn, locale)],
      ],
      [
        [n.billingNumber, data.billingNumber],
        [n.deliveredOn, notice.deliveredOn ? formatDate(notice.deliveredOn, locale) : n.notRecorded],
      ],
      [[n.edNumber, data.meteringPoint.edNumber]],
    ],
    party: data,
    delivery: {
      label: n.deliveryAddress,
      value: inScript(address(data.customer.deliveryAddress), locale),
    },
  });
  return bottom + 14;
}

/** The debt on its date and the deadline, large, then the consequence of missing the deadline. */
function drawDebt(ctx: NoticeContext, y: number): number {
  const { data, locale, n, pdf, doc } = ctx;
  const { notice } = data;
  const x = page.margin;
  y +=
    paragraph(
      ctx,
      sentence(
        fill(n.body, {
          debtDate: formatDate(notice.debtDate, locale),
          address: inScript(address(data.meteringPoint.address), locale),
          edNumber: data.meteringPoint.edNumber,
          billingNumber: data.billingNumber,
          amount: formatMoney(notice.debtAmount, locale, data.currency),
        }),
      ),
      x,
      y,
      contentWidth,
    ) + 12;

  const half = (contentWidth - 14) / 2;
  const height = 52;
  const accent = notice.kind === 'reminder_before_enforcement' ? colors.red : warningColor;
  for (const [i, [label, value]] of [
    [
      fill(n.debtOn, { date: formatDate(notice.debtDate, locale) }),
      formatMoney(notice.debtAmount, locale, data.currency),
    ],
    [n.deadline, formatDate(notice.deadline, locale)],
  ].entries()) {
    const bx = x + i * (half + 14);
    box(pdf, bx, y, half, height, colors.accentLight);
    doc.rect(bx, y, 3, height).fill(accent);
    text(pdf, label!, bx + 12, y + 9, half - 20, { size: 8, weight: 'bold', color: colors.accent });
    text(pdf, value!, bx + 12, y + 22, half - 20, { size: 18, weight: 'bold', minSize: 12 });
  }
  y += height + 16;

  const consequence = fill(noticeConsequence(notice.kind, n), {
    deadline: formatDate(notice.deadline, locale),
  });
  setFont(pdf, 'regular', 9.5);
  const textHeight = doc.heightOfString(consequence, { width: contentWidth - 24, lineGap: 2 });
  const boxHeight = 22 + textHeight + 10;
  box(pdf, x, y, contentWidth, boxHeight, '#fdf3ec');
  doc.rect(x, y, 3, boxHeight).fill(accent);
  text(pdf, n.consequenceTitle.toUpperCase(), x + 12, y + 8, contentWidth - 24, {
    size: 7.5,
    weight: 'bold',
    color: accent,
  });
  paragraph(ctx, consequence, x + 12, y + 21, contentWidth - 24);
  return y + boxHeight + 16;
}

/** The status line of a notice that is no longer open. */
function drawStatus(ctx: NoticeContext, y: number): number {
  const { data, locale, n, pdf, doc } = ctx;
  const { notice } = data;
  if (notice.status === 'open') return y;
  const message =
    notice.status === 'settled'
      ? sentence(fill(n.settled, { date: notice.settledOn ? formatDate(notice.settledOn, locale) : '' }))
      : n[notice.status];
  const x = page.margin;
  const color = notice.status === 'settled' ? colors.green : colors.muted;
  box(pdf, x, y, contentWidth, 24);
  doc.rect(x, y, 3, 24).fill(color);
  text(pdf, message, x + 12, y + 7.5, contentWidth - 24, { size: 9, weight: 'bold', color });
  return y + 36;
}

/** Payee, account, model 97 reference, payment code, purpose and amount; the IPS QR code beside them. */
function drawPayment(ctx: NoticeContext, y: number): number {
  const { data, locale, n, pdf } = ctx;
  const { payment } = data;
  const x = page.margin;
  if (!payment) return drawSupplierPayment(ctx, y);
  const qrOuter = 116;
  const qr = payment.ipsQrPayload;
  const width = qr ? contentWidth - qrOuter - 24 : contentWidth;
  let ly = heading(pdf, n.howToPay, x, y, contentWidth);
  const top = ly;
  const rows: [string, string][] = [
    [n.payee, inScript(`${payment.payeeName}, ${payment.payeeAddress}`, locale)],
    [n.payeeAccount, payment.payeeAccountPrinted],
    // the printed form of model 97: "97 47-2034567891"
    [n.reference, `97 ${payment.reference.slice(0, 2)}-${payment.reference.slice(2)}`],
    [n.paymentCode, payment.paymentCode],
    [n.purpose, inScript(payment.purpose, locale)],
    [n.amount, formatMoney(payment.amount, locale, data.currency)],
  ];
  for (const [label, value] of rows) {
    ly += row(pdf, label, value, x, ly + 2, width, { size: 9, valueWidth: width * 0.62 }) + 4;
    rule(pdf, x, ly, width);
  }
  ly += 8;
  ly += paragraph(ctx, n.portalHint, x, ly, width, { size: 8.5, color: colors.muted }) + 3;
  ly += paragraph(ctx, n.alreadyPaid, x, ly, width, { size: 8.5, color: colors.muted });
  if (qr) {
    const qx = x + contentWidth - qrOuter;
    const used = drawIpsQr(pdf, qr, qx, top, qrOuter);
    text(pdf, n.qrHint, qx, top + used + 2, qrOuter, { size: 7, color: colors.muted, align: 'center' });
    ly = Math.max(ly, top + used + 14);
  }
  return ly + 10;
}

/** A debt owed to a supplier other than EPS: paid to it as its bills say, never through the portal. */
function drawSupplierPayment(ctx: NoticeContext, y: number): number {
  const { data, locale, n, pdf } = ctx;
  const x = page.margin;
  let ly = heading(pdf, n.howToPay, x, y, contentWidth);
  ly += paragraph(
    ctx,
    fill(n.payToSupplier, { supplier: inScript(data.supplier.name, locale) }),
    x,
    ly,
    contentWidth,
  );
  ly += 3 + paragraph(ctx, n.alreadyPaid, x, ly + 3, contentWidth, { size: 8.5, color: colors.muted });
  return ly + 10;
}

function footers(ctx: NoticeContext): void {
  const { doc, n, data, pdf } = ctx;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = page.height - 22;
    text(pdf, `${n.footer}  ·  ${data.notice.number}`, page.margin, y, contentWidth - 80, {
      size: 6,
      color: colors.muted,
      minSize: 5,
    });
    text(
      pdf,
      fill(n.page, { n: String(i + 1), m: String(range.count) }),
      page.margin + contentWidth - 80,
      y,
      80,
      {
        size: 6,
        color: colors.muted,
        align: 'right',
      },
    );
  }
}

/** The notice as a one-page A4 PDF in the reader's locale. */
export async function renderNoticePdf(data: NoticeDocument, locale: Locale): Promise<Buffer> {
  const n = noticeLabelsFor(locale);
  const doc = createDocument(data, locale, n);
  const pdf: DocumentContext = { doc, locale };
  const ctx: NoticeContext = { pdf, doc, data, locale, n };
  let y = drawHeader(ctx, 30);
  y = drawTitle(ctx, y);
  y = drawNoticeParties(ctx, y);
  y = drawStatus(ctx, y);
  y = drawDebt(ctx, y);
  drawPayment(ctx, y);
  footers(ctx);
  return pdfBytes(doc);
}

/** The file name of a notice's PDF: "opomena-..." or "upozorenje-...". */
export function noticePdfFilename(data: Pick<NoticeDocument, 'notice'>): string {
  const prefix = data.notice.kind === 'reminder_before_enforcement' ? 'opomena' : 'upozorenje';
  return `${prefix}-${data.notice.number.replace(/[^\w.-]+/g, '_')}.pdf`;
}
