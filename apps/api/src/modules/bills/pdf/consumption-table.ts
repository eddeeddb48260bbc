// Consumption by zone and tariff (elements 13-16): kWh per zone and register, taken from the energy lines
// (a period split by a price change has two lines per zone and register, added here), the zone totals
// from the bill, and the energy total in kWh and dinars.
import type { BillLine } from '@portal/contract';
import { formatInteger, formatMoney, sumAmounts } from '../../../documents/format.js';
import { colors, contentWidth, heading, page, rule, text } from '../../../documents/layout.js';
import type { RenderContext } from './context.js';

type Zone = 'green' | 'blue' | 'red';
type Register = 'vt' | 'nt' | 'single';

const zones: Zone[] = ['green', 'blue', 'red'];

function kwhOf(lines: readonly BillLine[], zone: Zone | null, register: Register): number {
  return lines
    .filter((l) => l.kind === 'energy' && l.register === register && (zone === null || l.zone === zone))
    .reduce((acc, l) => acc + Math.round(Number(l.quantity ?? 0)), 0);
}

function amountOf(lines: readonly BillLine[], zone: Zone | null): string {
  return sumAmounts(
    lines.filter((l) => l.kind === 'energy' && (zone === null || l.zone === zone)).map((l) => l.amount),
  );
}

export function drawConsumption(ctx: RenderContext, y: number): number {
  const { bill, locale, t } = ctx;
  const x = page.margin;
  const lines = bill.lines;
  // A single-rate meter has one register: its column would repeat the total, so only dual-rate bills
  // get a column per register.
  const registers: Register[] = bill.meteringPoint.rateType === 'dual' ? ['vt', 'nt'] : [];
  const registerLabels: Record<Register, string> = { vt: t.vt, nt: t.nt, single: t.singleShort };
  // EPS zones only where the bill has them: power-metering bills are priced by tariff alone, ERS bands
  // and EPCG energy are in their own lines.
  const zoned = lines.some((l) => l.kind === 'energy' && zones.includes(l.zone as Zone));
  const shownZones = zoned ? zones.filter((z) => bill.consumption[z] > 0 || z === 'green') : [];

  let ly = heading(ctx, zoned ? t.consumptionTitle : t.consumptionByTariff, x, y, contentWidth);
  const first = 170;
  const amountWidth = 110;
  const column = Math.min(90, (contentWidth - first - amountWidth) / (registers.length + 1));
  const widths = [first, ...registers.map(() => column), column, amountWidth];
  const drawRow = (cells: string[], rowY: number, weight: 'regular' | 'bold', size = 8, indent = 0) => {
    let cx = x;
    cells.forEach((cell, i) => {
      // The amount column takes the rest, so it ends at the right edge; the kWh columns stay together.
      const width = i === widths.length - 1 ? x + contentWidth - cx : widths[i]!;
      const left = i === 0 ? indent : 0;
      const align = i === 0 ? 'left' : 'right';
      text(ctx, cell, cx + 4 + left, rowY, width - 8 - left, { size, align, weight, minSize: 6.5 });
      cx += width;
    });
  };

  ctx.doc.rect(x, ly, contentWidth, 14).fill(colors.accentLight);
  const header = [zoned ? t.zone : t.noZones, ...registers.map((r) => registerLabels[r]), t.total, t.amount];
  drawRow(header, ly + 3.5, 'bold', 7);
  ly += 16;
  for (const zone of shownZones) {
    ctx.doc.rect(x + 4, ly + 2.5, 7, 7).fill(colors[zone]);
    const kwh = registers.map((r) => formatInteger(kwhOf(lines, zone, r), locale));
    const total = formatInteger(bill.consumption[zone], locale);
    drawRow(
      [t[zone], ...kwh, total, formatMoney(amountOf(lines, zone), locale, bill.currency)],
      ly + 2,
      'regular',
      8,
      11,
    );
    ly += 13;
    rule(ctx, x, ly, contentWidth);
  }
  // Element 16: the energy total. Register totals come from the bill, not from adding the rows.
  const totals = registers.map((r) => bill.consumption[r]);
  const total = bill.consumption.vt + bill.consumption.nt + bill.consumption.single;
  const cells = [t.total, ...totals.map((v) => formatInteger(v, locale)), formatInteger(total, locale)];
  drawRow([...cells, formatMoney(amountOf(lines, null), locale, bill.currency)], ly + 3, 'bold');
  ly += 15;
  rule(ctx, x, ly, contentWidth, colors.rule);
  return ly + 12;
}
