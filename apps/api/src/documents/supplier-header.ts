// The supplier and branch block at the top of a bill's every page and of a notice (elements 1 and 2 of
// the bill): who issues the document, and the branch of the customer's region with its phone.
import { inScript } from './format.js';
import { kitLabelsFor } from './labels.js';
import { colors, contentWidth, page, rule, text, type DocumentContext } from './layout.js';

/**
 * Who issues a document: the supplier and the branch of the customer's region. What the sources do not
 * give about a supplier (null) is not printed; ERS and EPCG bills have no branch.
 */
export interface Issuer {
  supplier: { name: string; address: string | null; pib: string | null; website: string | null };
  branch: { name: string; address: string; phone: string | null } | null;
}

/** The issuer's block with the accent rule under it. Returns the y below it. */
export function drawHeader(ctx: DocumentContext, y: number, issuer: Issuer): number {
  const { locale } = ctx;
  const k = kitLabelsFor(locale);
  const { supplier, branch } = issuer;
  const x = page.margin;
  const left = contentWidth * 0.58;
  text(ctx, inScript(supplier.name, locale), x, y, left - 10, {
    size: 11.5,
    weight: 'bold',
    color: colors.accent,
    minSize: 9,
  });
  const details = [supplier.pib && `${k.pib} ${supplier.pib}`, supplier.website]
    .filter(Boolean)
    .join('  ·  ');
  const lines = [supplier.address && inScript(supplier.address, locale), details].filter(Boolean) as string[];
  lines.forEach((line, i) =>
    text(ctx, line, x, y + 16 + 10 * i, left - 10, { size: 7.5, color: colors.muted }),
  );

  if (branch) drawBranch(ctx, y, branch);
  rule(ctx, x, y + 42, contentWidth, colors.accent, 1.6);
  return y + 50;
}

function drawBranch(ctx: DocumentContext, y: number, branch: NonNullable<Issuer['branch']>): void {
  const { locale } = ctx;
  const k = kitLabelsFor(locale);
  const left = contentWidth * 0.58;
  const right = contentWidth - left;
  const rx = page.margin + left;
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
}
