// The consumption mini-chart: kWh of this bill's period and the 12 before it as plain vector bars, the
// bill's own month in the accent colour, each bar with its value above and its month below.
import type { BillHistoryPoint, Locale } from '@portal/contract';
import { formatInteger, monthName } from '../../../documents/format.js';
import { colors, heading, rule, text } from '../../../documents/layout.js';
import type { RenderContext } from './context.js';

export const chartMonths = 13;

/**
 * A bar's label: its billing month's short name and year ("окт" / "2025"). Named by the billing month,
 * not by the period's last day: a period read on 1.11. is October's, and one read on 30.11. November's,
 * which the last day named "нов" twice.
 */
export function chartMonthLabel(month: string, locale: Locale): { month: string; year: string } {
  return { month: monthName(`${month}-01`, locale), year: month.slice(0, 4) };
}

export function drawMiniChart(
  ctx: RenderContext,
  history: readonly BillHistoryPoint[],
  x: number,
  y: number,
  width: number,
  height: number,
): number {
  const { doc, locale, t } = ctx;
  const top = heading(ctx, t.chartTitle, x, y, width);
  // The newest 13 points, oldest first, whatever the caller passed.
  const points = history.slice(-chartMonths);
  const labelHeight = 18;
  const valueHeight = 10;
  const baseline = y + height - labelHeight;
  const plotHeight = baseline - top - valueHeight;
  const slot = width / chartMonths;
  const barWidth = Math.min(24, slot * 0.62);
  const max = Math.max(1, ...points.map((p) => p.kwh));

  points.forEach((point, index) => {
    // Right-aligned: with fewer than 13 months the bill's month still ends the row.
    const cx = x + slot * (chartMonths - points.length + index) + slot / 2;
    const barHeight = Math.max(point.kwh > 0 ? 1 : 0, (point.kwh / max) * plotHeight);
    const current = index === points.length - 1;
    if (barHeight > 0) {
      doc
        .rect(cx - barWidth / 2, baseline - barHeight, barWidth, barHeight)
        .fill(current ? colors.accent : colors.bar);
    }
    text(ctx, formatInteger(point.kwh, locale), cx - slot / 2, baseline - barHeight - 9, slot, {
      size: 6.5,
      align: 'center',
      minSize: 5,
      weight: current ? 'bold' : 'regular',
      color: current ? colors.text : colors.muted,
    });
    const label = chartMonthLabel(point.month, locale);
    text(ctx, label.month, cx - slot / 2, baseline + 3, slot, {
      size: 6.5,
      align: 'center',
      weight: current ? 'bold' : 'regular',
    });
    text(ctx, label.year, cx - slot / 2, baseline + 10.5, slot, {
      size: 5.5,
      align: 'center',
      color: colors.muted,
    });
  });
  rule(ctx, x, baseline, width, colors.rule);
  return y + height;
}
