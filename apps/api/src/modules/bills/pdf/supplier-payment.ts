// Where an EPS bill has its payment slip, a KM or euro bill (ERS, EPCG) says how it is paid: to its own
// supplier, with the details of that supplier's paper bill, never through the portal (cards and IPS QR
// pay dinars only), so no Serbian slip, payee account or payment code is printed for it.
import { inScript } from '../../../documents/format.js';
import { box, colors, contentWidth, page, setFont, text } from '../../../documents/layout.js';
import { fill } from '../../../documents/labels.js';
import type { RenderContext } from './context.js';

/** The note in a box from `y` down; returns the y below it. */
export function drawSupplierPayment(ctx: RenderContext, y: number): number {
  const { bill, locale, t } = ctx;
  const x = page.margin;
  const width = contentWidth;
  const paragraphs = [fill(t.payToSupplier, { supplier: inScript(bill.supplier.name, locale) })];
  if (bill.supplier.paymentNote) paragraphs.push(t[bill.supplier.paymentNote]);
  setFont(ctx, 'regular', 8.5);
  const heights = paragraphs.map((p) => ctx.doc.heightOfString(p, { width: width - 24 }));
  const height = 26 + heights.reduce((sum, h) => sum + h + 4, 0) + 6;
  box(ctx, x, y, width, height);
  ctx.doc.rect(x, y, 3, height).fill(colors.accent);
  text(ctx, t.payToSupplierTitle, x + 12, y + 9, width - 24, {
    size: 9,
    weight: 'bold',
    color: colors.accent,
  });
  let ly = y + 26;
  paragraphs.forEach((p, i) => {
    setFont(ctx, 'regular', 8.5);
    ctx.doc.fillColor(colors.text).text(p, x + 12, ly, { width: width - 24 });
    ly += heights[i]! + 4;
  });
  return y + height;
}
