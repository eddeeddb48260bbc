// The payment slip (nalog za uplatu) at the foot of the first page, laid out like the Serbian form: payer,
// purpose and payee on the left; payment code, currency, amount, payee account, model and reference on
// the right; stamp, place and date of receipt and value date along the bottom. The slip pays dinars only:
// a KM or euro bill has none (its supplier's own payment note instead).
import type { BillPaymentInstructions } from '@portal/contract';
import { formatAmount, inScript } from './format.js';
import { kitLabelsFor } from './labels.js';
import { colors, contentWidth, page, text, type DocumentContext, type DrawContext } from './layout.js';

/** What the slip prints: the payer, and the payment as the document asks for it. */
export interface PaymentSlip {
  payer: { name: string; address: string };
  payment: Pick<
    BillPaymentInstructions,
    | 'payeeName'
    | 'payeeAddress'
    | 'payeeAccountPrinted'
    | 'paymentCode'
    | 'purpose'
    | 'amount'
    | 'model'
    | 'reference'
  >;
  /** the line under the purpose: the document paid, e.g. "Број рачуна 2610-1290611509" */
  document: string;
}

const leftBox = 40;
const rightBox = 22;
/** The three left boxes with their captions, and the signature row under them. */
export const slipHeight = 10 + 3 * (9 + leftBox + 6) + 46;

const boxFill = '#f7f9fb';

/** A labelled box of the form with its value inside. Returns the y below it. */
function slipBox(
  ctx: DrawContext,
  label: string,
  lines: string[],
  x: number,
  y: number,
  width: number,
  height: number,
): number {
  text(ctx, label, x, y, width, { size: 6.5, color: colors.muted, minSize: 5.5 });
  const by = y + 9;
  ctx.doc.rect(x, by, width, height).lineWidth(0.6).fillAndStroke(boxFill, colors.rule);
  // Centred vertically: one line in the small right-hand boxes, two or three in the tall left ones.
  let ly = by + Math.max(4, (height - lines.length * 11) / 2);
  for (const line of lines) {
    ly += text(ctx, line, x + 5, ly, width - 10, { size: 8.5, weight: 'bold', minSize: 6.5 }) + 1;
  }
  return by + height + 6;
}

function signatureLine(ctx: DrawContext, label: string, x: number, y: number, width: number): void {
  ctx.doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.5)
    .strokeColor(colors.muted)
    .stroke();
  text(ctx, label, x, y + 2, width, { size: 6.5, color: colors.muted, align: 'center', minSize: 5.5 });
}

export function drawPaymentSlip(ctx: DocumentContext, y: number, slip: PaymentSlip): void {
  const { locale, doc } = ctx;
  const t = kitLabelsFor(locale);
  const { payment } = slip;
  const x = page.margin;

  // The cut line, across the whole sheet as on paper bills.
  doc
    .moveTo(0, y - 8)
    .lineTo(page.width, y - 8)
    .dash(3, { space: 3 })
    .lineWidth(0.5)
    .strokeColor(colors.muted)
    .stroke()
    .undash();
  text(ctx, `✂  ${t.slipCut}`, x, y - 17, 160, { size: 6.5, color: colors.muted });

  doc.rect(x, y, contentWidth, slipHeight).lineWidth(0.8).strokeColor(colors.accent).stroke();
  const pad = 10;
  const half = (contentWidth - 3 * pad) / 2;
  const lx = x + pad;
  const rx = lx + half + pad;
  const signatures = y + slipHeight - 22;
  doc
    .moveTo(x + contentWidth / 2, y + pad)
    .lineTo(x + contentWidth / 2, signatures - 14)
    .lineWidth(0.5)
    .strokeColor(colors.ruleLight)
    .stroke();

  // Left: who pays, for what, to whom; three lines each, as on the form.
  const name = (n: string) => inScript(n, locale);
  const payer = [name(slip.payer.name), name(slip.payer.address)];
  const purpose = [name(payment.purpose), slip.document];
  const payee = [name(payment.payeeName), name(payment.payeeAddress)];
  let ly = slipBox(ctx, t.slipPayer, payer, lx, y + pad, half, leftBox);
  ly = slipBox(ctx, t.slipPurpose, purpose, lx, ly, half, leftBox);
  slipBox(ctx, t.slipPayee, payee, lx, ly, half, leftBox);

  // Right: the machine-readable part a bank clerk types in.
  text(ctx, t.slipTitle, rx, y + pad, half, {
    size: 11,
    weight: 'bold',
    color: colors.accent,
    align: 'right',
  });
  const row1 = y + pad + 27;
  const codeWidth = 62;
  const currencyWidth = 46;
  const amountX = rx + codeWidth + currencyWidth + 12;
  slipBox(ctx, t.slipCode, [payment.paymentCode], rx, row1, codeWidth, rightBox);
  slipBox(ctx, t.slipCurrency, ['RSD'], rx + codeWidth + 6, row1, currencyWidth, rightBox);
  slipBox(
    ctx,
    t.slipAmount,
    [formatAmount(payment.amount, locale)],
    amountX,
    row1,
    rx + half - amountX,
    rightBox,
  );
  const row2 = row1 + 45;
  slipBox(ctx, t.slipAccount, [payment.payeeAccountPrinted], rx, row2, half, rightBox);
  const row3 = row2 + 45;
  const modelWidth = 34;
  text(ctx, t.slipModel, rx, row3, half, { size: 6.5, color: colors.muted });
  slipBox(ctx, '', [payment.model], rx, row3, modelWidth, rightBox);
  slipBox(ctx, '', [payment.reference], rx + modelWidth + 6, row3, half - modelWidth - 6, rightBox);

  const third = (contentWidth - 4 * pad) / 3;
  signatureLine(ctx, t.slipSignature, lx, signatures, third);
  signatureLine(ctx, t.slipPlaceDate, lx + third + pad, signatures, third);
  signatureLine(ctx, t.slipValueDate, lx + 2 * (third + pad), signatures, third);
}
