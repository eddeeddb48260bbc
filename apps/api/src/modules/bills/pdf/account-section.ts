// The account summary (elements 6-8: the month's charge, the balance before it, payments, interest and
// the total to pay), the total-to-pay box with the IPS QR code, and the on-time discount notice (9).
import { formatRsd, parseRsd } from '@portal/domain';
import { formatDate, formatMoney } from '../../../documents/format.js';
import { drawIpsQr } from '../../../documents/ips-qr.js';
import { fill } from '../../../documents/labels.js';
import {
  box,
  colors,
  contentWidth,
  heading,
  page,
  row,
  rule,
  setFont,
  text,
} from '../../../documents/layout.js';
import type { RenderContext } from './context.js';

/** A negative amount: payments reduce the balance, and the bill prints them as such. */
const negated = (amount: string) =>
  amount.startsWith('-') ? amount.slice(1) : amount === '0.00' ? amount : `-${amount}`;

const qrOuter = 116; // points with the quiet zone: the symbol itself is about 36 mm wide (0.5 mm modules)

export function drawAccount(ctx: RenderContext, y: number): number {
  const { bill, locale, t } = ctx;
  const { totals } = bill;
  const x = page.margin;
  const gap = 18;
  const boxWidth = 206;
  const width = contentWidth - gap - boxWidth;
  const money = (amount: string) => formatMoney(amount, locale, bill.currency);

  // Element 6, the analytical view of the electricity debt: the balance before the period, whether, when
  // and how much was paid, interest and the period's charge. Element 7 sets the TV fee apart; the model
  // keeps one balance, so the earlier balance stays with electricity.
  let ly = heading(ctx, t.accountTitle, x, y, width);
  const sub = (title: string) => {
    text(ctx, title, x, ly, width, { size: 7.5, weight: 'bold' });
    ly += 11;
  };
  sub(t.electricityView);
  ly += row(ctx, t.previousDebt, money(totals.previousDebt), x, ly, width);
  if (totals.payments.length === 0) {
    ly += row(ctx, t.paymentsInPeriod, money(negated(totals.paymentsInPeriod)), x, ly, width);
  }
  for (const payment of totals.payments) {
    const label = fill(t.paymentOn, { date: formatDate(payment.paidOn, locale) });
    ly += row(ctx, label, money(negated(payment.amount)), x, ly, width);
  }
  ly += row(ctx, t.interest, money(totals.interest), x, ly, width);
  ly += row(ctx, t.periodCharge, money(totals.periodCharge), x, ly, width);
  rule(ctx, x, ly - 2, width);
  const electricity = formatRsd(parseRsd(totals.totalToPay) - parseRsd(totals.tvFee));
  ly += row(ctx, t.electricityDebt, money(electricity), x, ly + 1, width, { weight: 'bold' }) + 4;
  if (parseRsd(totals.tvFee) !== 0) {
    sub(t.tvView);
    ly += row(ctx, t.tvFee, money(totals.tvFee), x, ly, width);
    rule(ctx, x, ly - 2, width);
    ly += row(ctx, t.tvDebt, money(totals.tvFee), x, ly + 1, width, { weight: 'bold' }) + 4;
  }
  ctx.doc.rect(x, ly, width, 19).fill(colors.accentLight);
  ly +=
    row(ctx, t.totalToPay, money(totals.totalToPay), x + 6, ly + 5, width - 12, { weight: 'bold', size: 9 }) +
    8;

  if (totals.onTimeDiscount !== 'none') ly = drawNotice(ctx, x, ly + 8, width);

  const bx = x + width + gap;
  const boxHeight = 190;
  box(ctx, bx, y, boxWidth, boxHeight);
  text(ctx, t.totalToPay, bx + 10, y + 9, boxWidth - 20, { size: 7.5, weight: 'bold', color: colors.accent });
  text(ctx, money(totals.totalToPay), bx + 10, y + 20, boxWidth - 20, {
    size: 17,
    weight: 'bold',
    minSize: 11,
  });
  text(ctx, `${t.payBy}: ${formatDate(bill.dueDate, locale)}`, bx + 10, y + 42, boxWidth - 20, { size: 8.5 });
  const payload = bill.payment?.ipsQrPayload;
  if (payload) {
    const qy = y + 60;
    drawIpsQr(ctx, payload, bx + 4, qy, qrOuter);
    text(ctx, t.qrHint, bx + qrOuter + 8, qy + 30, boxWidth - qrOuter - 16, { size: 7, color: colors.muted });
  } else {
    // a KM or euro bill has no slip or QR code here: it is paid to its supplier (supplier-payment.ts)
    const owed = !bill.payment && parseRsd(totals.totalToPay) > 0;
    text(ctx, owed ? t.payToSupplierShort : t.nothingToPay, bx + 10, y + 70, boxWidth - 20, {
      size: 8.5,
      color: colors.muted,
    });
  }
  return Math.max(ly, y + boxHeight) + 10;
}

/**
 * Element 9: paying the month's amount on time earns a discount on the next bill. A PDF made after the
 * due date says where the offer stands (the API's onTimeDiscount, on the app's clock): earned, or lapsed
 * instead of still promising it.
 */
function drawNotice(ctx: RenderContext, x: number, y: number, width: number): number {
  const { bill, locale, t } = ctx;
  const state = bill.totals.onTimeDiscount;
  const lapsed = state === 'lapsed';
  const template = lapsed ? t.noticeLapsed : state === 'earned' ? t.noticeEarned : t.notice;
  const message = fill(template, {
    amount: formatMoney(bill.totals.monthTotal, locale, bill.currency),
    date: formatDate(bill.dueDate, locale),
    discount: formatMoney(bill.totals.onTimeDiscountOffer, locale, bill.currency),
  });
  setFont(ctx, 'regular', 8);
  const height = 14 + ctx.doc.heightOfString(message, { width: width - 16 }) + 8;
  const accent = lapsed ? colors.muted : colors.green;
  box(ctx, x, y, width, height, lapsed ? '#f4f4f4' : '#fdf6e3');
  ctx.doc.rect(x, y, 3, height).fill(accent);
  const title = lapsed ? t.noticeLapsedTitle : t.noticeTitle;
  text(ctx, title, x + 10, y + 6, width - 16, { size: 7.5, weight: 'bold', color: accent });
  setFont(ctx, 'regular', 8);
  ctx.doc.fillColor(colors.text).text(message, x + 10, y + 16, { width: width - 16 });
  return y + height;
}
