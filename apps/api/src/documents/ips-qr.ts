// The NBS IPS QR code ("IPS skeniraj") of a bill or a notice. The payload is built and validated by the
// API (packages/domain/src/ips-qr.ts); here it is only drawn: as vector squares, so that it stays sharp at any
// zoom and on any printer, where a small embedded bitmap would be smoothed into grey by some viewers.
import QRCode from 'qrcode';
import { colors, text, type DrawContext } from './layout.js';

/** The NBS mark reads "IPS skeniraj" in Latin script, whatever the document's language. */
const caption = 'IPS skeniraj';

/** NBS gives no quiet zone; the QR standard asks for 4 modules, and level M is what IPS samples use. */
export const ipsQrOptions = { errorCorrectionLevel: 'M', quietZone: 4 } as const;

export interface QrMatrix {
  size: number;
  isDark(row: number, col: number): boolean;
}

export function qrMatrix(payload: string): QrMatrix {
  // One byte-mode segment (UTF-8): the form every banking app reads; mixed numeric/alphanumeric
  // segments would save a few modules but are where decoders differ.
  const code = QRCode.create([{ data: new TextEncoder().encode(payload), mode: 'byte' }], {
    errorCorrectionLevel: ipsQrOptions.errorCorrectionLevel,
  });
  const { modules } = code;
  return { size: modules.size, isDark: (row, col) => modules.get(row, col) === 1 };
}

/**
 * Draws the code with its quiet zone in a square `outer` points wide at (x, y). Each row's runs of dark
 * modules become one rectangle, all filled as a single path: fewer operators, and no hairline gaps
 * between neighbouring squares when a viewer anti-aliases. The rectangles are given in modules, scaled
 * to points by the transformation: small whole numbers instead of page coordinates with six decimals, a
 * fifth of the text for the writer to format and the compressor to pack (the code was most of a page's
 * content).
 */
export function drawQr(ctx: DrawContext, payload: string, x: number, y: number, outer: number): void {
  const matrix = qrMatrix(payload);
  const module = outer / (matrix.size + 2 * ipsQrOptions.quietZone);
  const origin = ipsQrOptions.quietZone * module;
  const { doc } = ctx;
  doc.save();
  doc.transform(module, 0, 0, module, x + origin, y + origin);
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      doc.rect(start, row, col - start, 1);
    }
  }
  doc.fill('#000000');
  doc.restore();
}

/** The code with the "IPS skeniraj" caption under it. Returns the height used. */
export function drawIpsQr(ctx: DrawContext, payload: string, x: number, y: number, outer: number): number {
  drawQr(ctx, payload, x, y, outer);
  // The caption goes below the quiet zone, never into it: a scanner needs those 4 modules blank.
  text(ctx, caption, x, y + outer, outer, {
    size: 8,
    weight: 'bold',
    align: 'center',
    color: colors.text,
  });
  return outer + 11;
}
