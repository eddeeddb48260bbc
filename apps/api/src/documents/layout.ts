// Page geometry, colours and the few drawing primitives every section uses. Every text is placed at
// explicit coordinates with line breaking off (unless a section asks for wrapping), so that nothing flows
// onto an unexpected page and a long value shrinks to fit its cell instead of overlapping the next one.
import type { Locale } from '@portal/contract';
import { shareLayouts } from './fonts.js';

/** A4 in points. */
export const page = { width: 595.28, height: 841.89, margin: 34 } as const;
export const contentWidth = page.width - 2 * page.margin;

export const colors = {
  text: '#1b1f24',
  muted: '#5b6573',
  accent: '#14497a',
  accentLight: '#e8eff7',
  rule: '#b9c3cf',
  ruleLight: '#dde3ea',
  subtotal: '#f1f4f8',
  green: '#3a8f47',
  blue: '#2c68b0',
  red: '#c0392b',
  bar: '#9db4cf',
} as const;

/** What the drawing primitives need: the document they draw on. */
export interface DrawContext {
  doc: PDFKit.PDFDocument;
}

/** What the kit's blocks need besides: the reader's locale, for their words and script. */
export interface DocumentContext extends DrawContext {
  locale: Locale;
}

export type Weight = 'regular' | 'bold';

export interface TextOptions {
  weight?: Weight;
  size?: number;
  color?: string;
  align?: 'left' | 'right' | 'center';
  /** smallest size the text may shrink to before it is wrapped (default: no shrinking) */
  minSize?: number;
}

export function setFont(ctx: DrawContext, weight: Weight, size: number): void {
  // the names under which createPortalDocument registers the two DejaVu faces
  ctx.doc.font(weight, size);
  shareLayouts(ctx.doc, weight);
}

/**
 * One line of text in a box `width` wide at (x, y). Too long for the box, it shrinks down to `minSize`;
 * still too long, it wraps. Returns the height used.
 */
export function text(
  ctx: DrawContext,
  value: string,
  x: number,
  y: number,
  width: number,
  options: TextOptions = {},
): number {
  const { weight = 'regular', color = colors.text, align = 'left' } = options;
  let size = options.size ?? 8;
  const minSize = options.minSize ?? size;
  setFont(ctx, weight, size);
  // measured once per size: a width is a layout of every word of the text
  let measured = ctx.doc.widthOfString(value);
  while (size > minSize && measured > width) {
    size = Math.max(minSize, size - 0.25);
    setFont(ctx, weight, size);
    measured = ctx.doc.widthOfString(value);
  }
  const fits = measured <= width;
  ctx.doc.fillColor(color);
  if (fits && align !== 'center' && !value.includes('\n')) {
    // One line that fits, placed here: given a width, pdfkit runs every text through its line wrapper,
    // which segments it into words and measures each again. The x is the one the wrapper gives (its
    // line is `width * 100 / 100` wide; right-aligned, the text without trailing spaces ends there).
    // Centred texts keep the wrapper: it centres on the sum of its rounded word widths.
    const end = value.trimEnd();
    const left =
      align === 'right'
        ? x + ((width * 100) / 100 - (end === value ? measured : ctx.doc.widthOfString(end)))
        : x;
    ctx.doc.text(value, left, y, { lineBreak: false, lineGap: 0 });
    return ctx.doc.currentLineHeight();
  }
  ctx.doc.text(value, x, y, { width, align, lineBreak: !fits, lineGap: 0 });
  return fits ? ctx.doc.currentLineHeight() : ctx.doc.heightOfString(value, { width });
}

/**
 * A small caption above a value, as on the printed bill: "ЕД број" over "1234567890". A value given as
 * several lines (a name and its address) keeps each on its own line.
 */
export function field(
  ctx: DrawContext,
  label: string,
  value: string | string[],
  x: number,
  y: number,
  width: number,
  valueSize = 8.5,
): number {
  text(ctx, label, x, y, width, { size: 6.5, color: colors.muted });
  let used = 8;
  for (const line of Array.isArray(value) ? value : [value]) {
    used += text(ctx, line, x, y + used, width, { size: valueSize, minSize: 7.5, weight: 'bold' });
  }
  return used;
}

/** Label on the left, value on the right of one row; returns the row height. */
export function row(
  ctx: DrawContext,
  label: string,
  value: string,
  x: number,
  y: number,
  width: number,
  options: { weight?: Weight; size?: number; valueWidth?: number } = {},
): number {
  const size = options.size ?? 8;
  const valueWidth = options.valueWidth ?? 110;
  text(ctx, label, x, y, width - valueWidth - 6, { size, weight: options.weight, minSize: size - 1.5 });
  text(ctx, value, x + width - valueWidth, y, valueWidth, { size, weight: options.weight, align: 'right' });
  return size + 5;
}

/** A section heading: accent text with a rule under it. Returns the y below it. */
export function heading(ctx: DrawContext, title: string, x: number, y: number, width: number): number {
  // Capitals for the words only: a unit such as "(kWh)" keeps its case.
  const caps = title.replace(/[^()]+(?=\(|$)/g, (words) => words.toUpperCase());
  text(ctx, caps, x, y, width, {
    size: 7.5,
    weight: 'bold',
    color: colors.accent,
    minSize: 6,
  });
  rule(ctx, x, y + 11, width, colors.accent, 0.6);
  return y + 15;
}

export function box(
  ctx: DrawContext,
  x: number,
  y: number,
  width: number,
  height: number,
  fill?: string,
): void {
  const { doc } = ctx;
  doc.roundedRect(x, y, width, height, 3).lineWidth(0.6);
  if (fill) doc.fillAndStroke(fill, colors.rule);
  else doc.strokeColor(colors.rule).stroke();
}

export function rule(
  ctx: DrawContext,
  x: number,
  y: number,
  width: number,
  color: string = colors.ruleLight,
  lineWidth = 0.5,
): void {
  ctx.doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(lineWidth)
    .strokeColor(color)
    .stroke();
}

export function address(value: { street: string; postalCode: string; city: string }): string {
  return `${value.street}, ${value.postalCode} ${value.city}`;
}
