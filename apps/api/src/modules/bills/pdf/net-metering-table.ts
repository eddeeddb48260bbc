// A prosumer's net metering (kupac-proizvođač): kWh taken, delivered, brought forward, billed (net) and
// carried forward per tariff, and what line 7 is. Drawn only on prosumer bills.
import { formatInteger } from '../../../documents/format.js';
import { colors, contentWidth, heading, page, rule, text } from '../../../documents/layout.js';
import type { RenderContext } from './context.js';

export function drawNetMetering(ctx: RenderContext, y: number): number {
  const { bill, locale, t } = ctx;
  const metering = bill.netMetering;
  if (!metering) return y;
  const x = page.margin;
  let ly = heading(ctx, t.netMeteringTitle, x, y, contentWidth);
  const first = 95;
  const column = (contentWidth - first) / 5;
  const drawRow = (cells: string[], rowY: number, weight: 'regular' | 'bold', size = 8) =>
    cells.forEach((cell, i) => {
      const cx = i === 0 ? x : x + first + (i - 1) * column;
      const width = i === 0 ? first : column;
      text(ctx, cell, cx + 4, rowY, width - 8, {
        size,
        weight,
        align: i === 0 ? 'left' : 'right',
        minSize: 6,
      });
    });
  ctx.doc.rect(x, ly, contentWidth, 14).fill(colors.accentLight);
  drawRow([t.noZones, t.taken, t.delivered, t.surplusIn, t.net, t.surplusOut], ly + 3.5, 'bold', 7);
  ly += 16;
  const registerLabels = { vt: t.vt, nt: t.nt, single: t.singleShort };
  for (const row of metering.rows) {
    const kwh = [row.taken, row.delivered, row.surplusIn, row.net, row.surplusOut];
    drawRow([registerLabels[row.register], ...kwh.map((v) => formatInteger(v, locale))], ly + 2, 'regular');
    ly += 13;
    rule(ctx, x, ly, contentWidth);
  }
  ly += 4;
  ly += text(ctx, t.netMeteringNote, x, ly, contentWidth, { size: 7, color: colors.muted });
  if (metering.distributionAccess === 'as-billed') {
    ly +=
      2 + text(ctx, t.distributionAccessAsBilled, x, ly + 2, contentWidth, { size: 7, color: colors.muted });
  }
  return ly + 10;
}
