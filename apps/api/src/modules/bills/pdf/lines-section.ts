// The table of bill lines (elements 15-24 of the household bill): the supplier's line number, description,
// quantity, unit, unit price and amount. An item over several lines (energy by zone and tariff) is one
// numbered row with its total and its lines indented under it (printedRows, shared with the web page).
// Tax bases and the charge for the period are subtotals (shown, not added) and are set apart in bold on a
// tinted row. A table too long for the page continues on a new one under its header.
import type { BillLine } from '@portal/contract';
import { printedRows, type PrintedRow } from '@portal/domain';
import { currencyLabel, formatAmount, formatDecimalText, formatMoney } from '../../../documents/format.js';
import { lineDescription, unitLabel } from './line-labels.js';
import { colors, contentWidth, heading, page, rule, text } from '../../../documents/layout.js';
import type { RenderContext } from './context.js';

const widths = { code: 30, quantity: 62, unit: 36, price: 64, amount: 80 };
const descriptionWidth =
  contentWidth - widths.code - widths.quantity - widths.unit - widths.price - widths.amount;
const rowHeight = 14;

interface Column {
  width: number;
  align: 'left' | 'right';
}

const columns: Column[] = [
  { width: widths.code, align: 'left' },
  { width: descriptionWidth, align: 'left' },
  { width: widths.quantity, align: 'right' },
  { width: widths.unit, align: 'left' },
  { width: widths.price, align: 'right' },
  { width: widths.amount, align: 'right' },
];

function drawCells(
  ctx: RenderContext,
  cells: string[],
  y: number,
  options: { bold?: boolean; size?: number; indent?: number },
): void {
  let cx = page.margin;
  cells.forEach((cell, i) => {
    const column = columns[i]!;
    const indent = i === 1 ? (options.indent ?? 0) : 0;
    // Descriptions shrink rather than wrap: a line of the bill stays one line of text.
    text(ctx, cell, cx + 4 + indent, y, column.width - 8 - indent, {
      size: options.size ?? 8,
      weight: options.bold ? 'bold' : 'regular',
      align: column.align,
      minSize: i === 1 ? 5.5 : 6.5,
    });
    cx += column.width;
  });
}

function drawHeaderRow(ctx: RenderContext, y: number): number {
  const { t } = ctx;
  ctx.doc.rect(page.margin, y, contentWidth, 15).fill(colors.accentLight);
  const amount = `${t.amount} (${currencyLabel(ctx.locale, ctx.bill.currency)})`;
  drawCells(ctx, [t.code, t.description, t.quantity, t.unit, t.unitPrice, amount], y + 4, {
    bold: true,
    size: 7,
  });
  return y + 17;
}

/** Lines under an item's heading are indented by this much, in points. */
const subIndent = 10;

function cellsOf(ctx: RenderContext, row: PrintedRow<BillLine>): string[] {
  const { locale } = ctx;
  const { line } = row;
  return [
    row.number,
    lineDescription(line, locale),
    line.quantity === null ? '' : formatDecimalText(line.quantity, locale),
    unitLabel(line.unit, locale),
    line.unitPrice === null ? '' : formatDecimalText(line.unitPrice, locale),
    formatAmount(line.amount, locale),
  ];
}

/**
 * Draws the lines from `y`; `newPage` starts a continuation page and returns where to go on. Returns the
 * y below the table.
 */
export function drawLines(ctx: RenderContext, y: number, bottom: number, newPage: () => number): number {
  const { bill, t, locale } = ctx;
  let ly = heading(ctx, t.linesTitle, page.margin, y, contentWidth);
  ly = drawHeaderRow(ctx, ly);
  for (const row of printedRows(bill.lines)) {
    if (ly + rowHeight > bottom) ly = drawHeaderRow(ctx, newPage());
    if (row.line.isSubtotal) ctx.doc.rect(page.margin, ly, contentWidth, rowHeight).fill(colors.subtotal);
    drawCells(ctx, cellsOf(ctx, row), ly + 3.5, {
      bold: row.line.isSubtotal || row.heading,
      indent: row.level === 1 ? subIndent : 0,
    });
    ly += rowHeight;
    rule(ctx, page.margin, ly, contentWidth);
  }
  // Element 24: the month's total closes the table, as on the paper bill.
  if (ly + 20 > bottom) ly = newPage();
  ctx.doc.rect(page.margin, ly + 2, contentWidth, 18).fill(colors.accentLight);
  text(ctx, t.monthTotal, page.margin + 4, ly + 6.5, contentWidth * 0.6, { size: 9, weight: 'bold' });
  text(
    ctx,
    formatMoney(bill.totals.monthTotal, locale, bill.currency),
    page.margin + contentWidth * 0.5,
    ly + 6.5,
    contentWidth * 0.5 - 4,
    {
      size: 9,
      weight: 'bold',
      align: 'right',
    },
  );
  return ly + 26;
}
