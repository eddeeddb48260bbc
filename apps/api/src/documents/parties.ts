// The two columns under a document's title: its identifiers on the left (the bill's element 3, the
// notice's number and dates), the customer with the metering point (element 4) and the address the
// document goes to (element 5) on the right.
import { inScript } from './format.js';
import { kitLabelsFor } from './labels.js';
import { address, contentWidth, field, heading, page, rule, text, type DocumentContext } from './layout.js';

/** Who the customer is (element 4: the name and the metering point's address). */
export interface CustomerParty {
  customer: { name: string };
  meteringPoint: { address: { street: string; postalCode: string; city: string } };
}

/** The two columns under the title of a bill or a notice. */
export interface PartiesBlock {
  /** the left column's share of the width between the margins, less the gap */
  leftShare: number;
  /** the heading of the left column and the document's identifiers under it, two to a line */
  title: string;
  pairs: [string, string][][];
  /** the right column: the customer, then the address the document goes to (element 5 on the bill) */
  party: CustomerParty;
  delivery: { label: string; value: string | string[] };
}

/**
 * The document's identifiers on the left, the customer on the right, and a rule under the taller column.
 * Returns the y of the rule.
 */
export function drawParties(ctx: DocumentContext, y: number, block: PartiesBlock): number {
  const x = page.margin;
  const gap = 18;
  const leftWidth = (contentWidth - gap) * block.leftShare;
  const rightWidth = contentWidth - gap - leftWidth;
  const half = (leftWidth - 10) / 2;
  const ly = drawFieldPairs(ctx, block.pairs, x, heading(ctx, block.title, x, y, leftWidth), half);
  const ry = drawCustomer(ctx, block.party, x + leftWidth + gap, y, rightWidth, block.delivery);
  const bottom = Math.max(ly, ry);
  rule(ctx, x, bottom, contentWidth);
  return bottom;
}

/**
 * Captions over values, two to a line (the last may hold one), each column `half` wide, as in the
 * bill's element 3 and the notice's identifiers. Returns the y below them.
 */
function drawFieldPairs(
  ctx: DocumentContext,
  pairs: [string, string][][],
  x: number,
  y: number,
  half: number,
): number {
  let ly = y;
  for (const [first, second] of pairs) {
    const h1 = field(ctx, first![0], first![1], x, ly, half);
    const h2 = second ? field(ctx, second[0], second[1], x + half + 10, ly, half) : 0;
    ly += Math.max(h1, h2) + 5;
  }
  return ly;
}

/**
 * Element 4 under the customer heading, then `delivery`: the address the document goes to (element 5 on
 * the bill). Returns the y below the column.
 */
function drawCustomer(
  ctx: DocumentContext,
  party: CustomerParty,
  x: number,
  y: number,
  width: number,
  delivery: { label: string; value: string | string[] },
): number {
  const { locale } = ctx;
  const k = kitLabelsFor(locale);
  let ry = heading(ctx, k.customer, x, y, width);
  ry +=
    text(ctx, inScript(party.customer.name, locale), x, ry, width, {
      size: 10,
      weight: 'bold',
      minSize: 7.5,
    }) + 4;
  ry += field(ctx, k.meteringPoint, inScript(address(party.meteringPoint.address), locale), x, ry, width) + 5;
  ry += field(ctx, delivery.label, delivery.value, x, ry, width) + 5;
  return ry;
}
