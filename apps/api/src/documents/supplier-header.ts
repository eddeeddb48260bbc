// The supplier and branch block at the top of a bill's every page and of a notice (elements 1 and 2 of
// the bill): who issues the document, and the branch of the customer's region with its phone.
import { inScript } from './format.js';
import { kitLabelsFor } from './labels.js';
import { colors, contentWidth, page, rule, text, type DocumentContext } from './layout.js';

/** Who issues a document: the supplier and the branch of the customer's region. */
export interface Issuer {
  supplier: { name: string; address: string; pib: string; website: string };
  branch: { name: string; address: string; phone: string | null };
}

/** The issuer's block with the accent rule under it. Returns the y below it. */
export function drawHeader(ctx: DocumentContext, y: number, issuer: Issuer): number {
  const { locale } = ctx;
  const k = kitLabelsFor(locale);
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
  text(ctx, `${k.pib} ${supplier.pib}  ·  ${supplier.website}`, x, y + 26, left - 10, {
    size: 7.5,
    color: colors.muted,
  });

  text(ctx, k.yourBranch, rx, y, right, { size: 6.5, color: colors.muted, align: 'right' });
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
    text(ctx, `${k.phone} ${branch.phone}`, rx, y + 28.5, right, {
      size: 7.5,
      color: colors.muted,
      align: 'right',
    });
  }
  rule(ctx, x, y + 42, contentWidth, colors.accent, 1.6);
  return y + 50;
}
