// The receipt of a paid portal payment (potvrda o plaćanju) as an A4 PDF: who paid what, when, with
// which card (brand and masked number only, as the gateway returned them), and which bills it covered.
import type { Locale } from '@portal/contract';
import { formatRsd, parseRsd, supplier } from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import type { DownloadFile } from '../../lib/download.js';
import { createPortalDocument, pdfBytes } from '../../documents/document.js';
import { formatDate, formatMoney, inScript } from '../../documents/format.js';
import { localeTables } from '../../documents/labels.js';
import {
  colors,
  contentWidth,
  heading,
  page,
  row,
  rule,
  text,
  type DrawContext,
} from '../../documents/layout.js';
import type { PaymentsDeps } from './payments.deps.js';
import { cardLabel } from './order-booking.js';

const srCyrl = {
  title: 'ПОТВРДА О ПЛАЋАЊУ',
  order: 'Број плаћања',
  paidAt: 'Време плаћања',
  payer: 'Платилац',
  card: 'Картица',
  approval: 'Број одобрења',
  bills: 'Плаћени рачуни',
  bill: 'Рачун',
  otherDebt: 'Камата и остали дуг',
  meteringPoint: 'Мерно место',
  amount: 'Износ',
  fee: 'Накнада за плаћање картицом',
  charged: 'Укупно задужено на картици',
  note: 'Плаћање је евидентирано на порталу. Обрачунски систем снабдевача га потврђује при следећем преузимању података. Ова потврда је издата у електронском облику и пуноважна је без печата и потписа.',
};
const en: typeof srCyrl = {
  title: 'PAYMENT RECEIPT',
  order: 'Payment number',
  paidAt: 'Paid at',
  payer: 'Payer',
  card: 'Card',
  approval: 'Approval code',
  bills: 'Bills paid',
  bill: 'Bill',
  otherDebt: 'Interest and other debt',
  meteringPoint: 'Metering point',
  amount: 'Amount',
  fee: 'Card payment fee',
  charged: 'Total charged to the card',
  note: "The payment is recorded on the portal. The supplier's billing system confirms it at its next data exchange. This receipt is issued electronically and is valid without a stamp or signature.",
};

const receiptTables = localeTables(srCyrl, en);

const pointSelect = {
  street: true,
  postalCode: true,
  city: true,
  edNumber: true,
  billingAccount: { select: { customer: { select: { name: true } } } },
} as const;

/** `GET /api/payments/orders/:id/receipt`: only for paid orders (the route checks access). */
export async function paymentReceipt(
  deps: PaymentsDeps,
  orderId: string,
  locale: Locale,
): Promise<DownloadFile> {
  const order = await deps.prisma.paymentOrder.findFirst({
    where: { id: orderId, status: 'APPROVED' },
    include: {
      user: { select: { username: true } },
      items: {
        include: {
          bill: { select: { number: true } },
          meteringPoint: { select: pointSelect },
        },
        orderBy: { bill: { dueDate: 'asc' } },
      },
      debtItems: {
        include: { meteringPoint: { select: pointSelect } },
        orderBy: { meteringPointId: 'asc' },
      },
    },
  });
  if (!order || !order.paidAt) throw new AppError('NOT_FOUND');
  const r = receiptTables[locale];
  const doc = createPortalDocument({
    locale,
    info: {
      Title: `${r.title} ${order.number}`,
      Author: inScript(supplier.name, locale),
      CreationDate: order.paidAt,
    },
    paged: false,
  });
  const ctx: DrawContext = { doc };
  const x = page.margin;
  const width = contentWidth;
  const money = (value: string) => formatMoney(value, locale);
  let y: number = page.margin;
  text(ctx, inScript(supplier.name, locale), x, y, width, {
    size: 11.5,
    weight: 'bold',
    color: colors.accent,
  });
  text(ctx, `${inScript(supplier.address, locale)} · PIB ${supplier.pib}`, x, y + 16, width, {
    size: 7.5,
    color: colors.muted,
  });
  y += 44;
  text(ctx, r.title, x, y, width, { size: 15, weight: 'bold' });
  y += 28;
  const time = new Intl.DateTimeFormat('sr-Latn', {
    timeZone: 'Europe/Belgrade',
    hour: '2-digit',
    minute: '2-digit',
  }).format(order.paidAt);
  const belgradeDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade' }).format(order.paidAt);
  for (const [label, value] of [
    [r.order, order.number],
    [r.paidAt, `${formatDate(belgradeDay, locale)} ${time}`],
    [
      r.payer,
      inScript(
        (order.items[0] ?? order.debtItems[0])?.meteringPoint.billingAccount.customer.name ??
          order.user.username,
        locale,
      ),
    ],
    [r.card, order.cardBrand ? cardLabel(order.cardBrand, order.maskedPan) : '—'],
    [r.approval, order.approvalCode ?? '—'],
  ] as const) {
    y += row(ctx, label, value, x, y, width, { size: 9.5, valueWidth: 260 });
  }
  y = heading(ctx, r.bills, x, y + 12, width);
  const lines = [
    ...order.items.map((item) => ({ ...item, label: `${r.bill} ${item.bill.number}` })),
    ...order.debtItems.map((item) => ({ ...item, label: r.otherDebt })),
  ];
  for (const item of lines) {
    const point = `${item.meteringPoint.street}, ${item.meteringPoint.city} (ED ${item.meteringPoint.edNumber})`;
    y += row(ctx, `${item.label} · ${point}`, money(item.amount.toFixed(2)), x, y, width, { size: 9 });
    rule(ctx, x, y - 2, width);
  }
  y += 8;
  y += row(ctx, r.amount, money(order.amount.toFixed(2)), x, y, width, { size: 9.5 });
  y += row(ctx, r.fee, money(order.fee.toFixed(2)), x, y, width, { size: 9.5 });
  const charged = formatRsd(parseRsd(order.amount.toFixed(2)) + parseRsd(order.fee.toFixed(2)));
  y += row(ctx, r.charged, money(charged), x, y, width, { size: 10.5, weight: 'bold' });
  doc
    .font('regular', 8)
    .fillColor(colors.muted)
    .text(r.note, x, y + 18, { width, lineGap: 2 });
  const data = await pdfBytes(doc);
  return { filename: `${locale === 'en' ? 'receipt' : 'potvrda'}-${order.number}.pdf`, data };
}
