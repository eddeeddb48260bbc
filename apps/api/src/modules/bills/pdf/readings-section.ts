// The second page's top: the metering point (category, contract 11, approved power 12, meter and its
// constant), the meter readings (10; for power metering also maximum power and reactive energy) and the
// consumption by zone and tariff (13-16).
import { decimal, formatDecimal, multiply } from '@portal/domain';
import type { MeterReadingView } from '@portal/contract';
import { formatDate, formatDecimalText, formatInteger, inScript } from '../../../documents/format.js';
import { categoryLabel } from './labels.js';
import { colors, contentWidth, field, heading, page, rule, text } from '../../../documents/layout.js';
import type { RenderContext } from './context.js';

export function drawMeteringPoint(ctx: RenderContext, y: number): number {
  const { bill, locale, t } = ctx;
  const mp = bill.meteringPoint;
  const x = page.margin;
  let ly = heading(ctx, t.meteringPointTitle, x, y, contentWidth);
  const cells: [string, string][] = [
    [t.category, categoryLabel(mp.category, t)],
    [t.contractNumber, mp.contractNumber ?? '—'],
    [t.approvedPower, `${formatDecimalText(mp.approvedPowerKw, locale)} kW`],
    [t.billingPower, `${formatDecimalText(mp.billingPowerKw, locale)} kW`],
    [t.meterType, mp.rateType === 'dual' ? t.dual : t.single],
    [t.meterSerial, bill.meter?.serialNumber ?? '—'],
    [t.meterConstant, bill.meter ? formatDecimalText(bill.meter.constant, locale) : '—'],
    ['EIC', mp.eic],
  ];
  // The first column is wider: the category name is the longest value ("Остала потрошња на ниском напону").
  const shares = [0.31, 0.23, 0.23, 0.23];
  const starts = shares.map((_, c) => x + contentWidth * shares.slice(0, c).reduce((a, b) => a + b, 0));
  for (let i = 0; i < cells.length; i += shares.length) {
    let height = 0;
    cells.slice(i, i + shares.length).forEach(([label, value], c) => {
      const width = contentWidth * shares[c]! - 10;
      height = Math.max(height, field(ctx, label, inScript(value, locale), starts[c]!, ly, width));
    });
    ly += height + 5;
  }
  return ly + 6;
}

interface ReadingRow {
  label: string;
  previous: string;
  current: string;
  difference: string;
  quantity: string;
}

function readingRows(ctx: RenderContext): ReadingRow[] {
  const { bill, locale, t } = ctx;
  const { previous, current } = bill.readings;
  const int = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatInteger(value, locale);
  const register = (
    label: string,
    pick: (r: MeterReadingView) => number | null,
    quantity: number,
  ): ReadingRow => {
    const before = previous ? pick(previous) : null;
    const after = current ? pick(current) : null;
    const difference = before !== null && after !== null ? after - before : null;
    return {
      label,
      previous: int(before),
      current: int(after),
      difference: int(difference),
      quantity: int(quantity),
    };
  };
  // A prosumer's meter registers count the energy taken; the net that is billed is in its own table.
  const measured = (key: 'vt' | 'nt' | 'single') =>
    bill.netMetering?.rows.find((r) => r.register === key)?.taken ?? bill.consumption[key];
  const rows =
    bill.meteringPoint.rateType === 'dual'
      ? [
          register(t.registerVt, (r) => r.vt, measured('vt')),
          register(t.registerNt, (r) => r.nt, measured('nt')),
        ]
      : [register(t.registerSingle, (r) => r.single, measured('single'))];
  if (bill.meteringPoint.category !== 'power_metering') return rows;

  // Power metering (seeds/001, power metering 9-11): quantities are register values times the constant.
  const constant = bill.meter?.constant ?? '1';
  const reactiveBefore = previous?.reactiveKvarh ?? null;
  const reactiveAfter = current?.reactiveKvarh ?? null;
  const reactiveDiff =
    reactiveBefore !== null && reactiveAfter !== null ? reactiveAfter - reactiveBefore : null;
  rows.push({
    label: t.reactive,
    previous: int(reactiveBefore),
    current: int(reactiveAfter),
    difference: int(reactiveDiff),
    quantity:
      reactiveDiff === null
        ? '—'
        : formatDecimalText(formatDecimal(multiply(decimal(reactiveDiff), decimal(constant))), locale),
  });
  const maxPower = current?.maxPowerKw ?? null;
  rows.push({
    label: t.maxPower,
    previous: '',
    current: maxPower === null ? '—' : formatDecimalText(maxPower, locale),
    difference: '',
    quantity:
      maxPower === null
        ? '—'
        : formatDecimalText(formatDecimal(multiply(decimal(maxPower), decimal(constant))), locale),
  });
  return rows;
}

function readingHeader(ctx: RenderContext, label: string, reading: MeterReadingView | null): string {
  if (!reading) return label;
  return `${label}\n${formatDate(reading.readOn, ctx.locale)} (${ctx.t[reading.kind]})`;
}

export function drawReadings(ctx: RenderContext, y: number): number {
  const { bill, t } = ctx;
  const x = page.margin;
  let ly = heading(ctx, t.readingsTitle, x, y, contentWidth);
  const widths = [150, 100, 100, 62, 45, 70.28];
  const constant = bill.meter ? formatDecimalText(bill.meter.constant, ctx.locale) : '—';
  const headers = [
    t.register,
    readingHeader(ctx, t.previousReading, bill.readings.previous),
    readingHeader(ctx, t.currentReading, bill.readings.current),
    t.difference,
    t.constantShort,
    t.quantity,
  ];
  ctx.doc.rect(x, ly, contentWidth, 22).fill(colors.accentLight);
  let cx = x;
  headers.forEach((header, i) => {
    const align = i === 0 ? 'left' : 'right';
    header.split('\n').forEach((part, line) => {
      text(ctx, part, cx + 4, ly + 3 + line * 9, widths[i]! - 8, {
        size: line === 0 ? 7 : 6.5,
        weight: line === 0 ? 'bold' : 'regular',
        align,
        minSize: 5.5,
      });
    });
    cx += widths[i]!;
  });
  ly += 24;
  for (const r of readingRows(ctx)) {
    const cells = [
      r.label,
      r.previous,
      r.current,
      r.difference,
      r.difference === '' ? '' : constant,
      r.quantity,
    ];
    cx = x;
    cells.forEach((cell, i) => {
      text(ctx, cell, cx + 4, ly + 2, widths[i]! - 8, {
        size: 8,
        align: i === 0 ? 'left' : 'right',
        weight: i === 5 ? 'bold' : 'regular',
        minSize: 6.5,
      });
      cx += widths[i]!;
    });
    ly += 13;
    rule(ctx, x, ly, contentWidth);
  }
  if (bill.notRead || !bill.readings.current) {
    ly += 3;
    ly += text(ctx, t.noReadings, x, ly, contentWidth, { size: 7.5, color: colors.muted });
  }
  return ly + 10;
}
