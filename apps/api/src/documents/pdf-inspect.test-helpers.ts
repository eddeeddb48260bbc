// Reading a rendered bill back: its text through pdf-parse (which shows whether the font's ToUnicode map
// gives back the Cyrillic), and its QR code from the page's drawing operators through pdf.js, so that the
// test decodes what is really in the PDF rather than the matrix the renderer started from.
import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** The document information dictionary (Title, Author, CreationDate ...) and the page count. */
export async function pdfInfo(pdf: Buffer): Promise<{ pages: number; info: Record<string, unknown> }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getInfo();
    return { pages: result.total, info: (result.info ?? {}) as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

type Matrix = [number, number, number, number, number, number];

/** outer ∘ inner: a point goes through `inner` (the newer `cm`) first. */
function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = inner;
  const [A, B, C, D, E, F] = outer;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

// pdf.js 5 hands each path over as one flat array of drawing commands.
const drawOps = { moveTo: 0, lineTo: 1, curveTo: 2, closePath: 3 };

/** The closed four-point subpaths of one path, in page space (y upwards), as rectangles. */
function rectsOf(path: ArrayLike<number>, ctm: Matrix): Rect[] {
  const rects: Rect[] = [];
  let points: [number, number][] = [];
  const close = () => {
    if (points.length >= 4) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      rects.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
    }
    points = [];
  };
  for (let i = 0; i < path.length;) {
    const op = path[i++];
    if (op === drawOps.moveTo) {
      close();
      points.push(apply(ctm, path[i]!, path[i + 1]!));
      i += 2;
    } else if (op === drawOps.lineTo) {
      points.push(apply(ctm, path[i]!, path[i + 1]!));
      i += 2;
    } else if (op === drawOps.curveTo) {
      i += 6;
    } else {
      close();
    }
  }
  close();
  return rects;
}

/**
 * The rectangles of the filled path with the most subpaths on the page: the QR code is drawn as one path of
 * many small rectangles, which nothing else on the bill is. The transformation matrix is tracked through
 * save/restore/cm, so the rectangles are where a viewer draws them.
 */
export async function largestFilledPath(pdf: Buffer, pageNumber = 1): Promise<Rect[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const page = await document.getPage(pageNumber);
    const { fnArray, argsArray } = await page.getOperatorList();
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const stack: Matrix[] = [];
    let best: Rect[] = [];
    fnArray.forEach((fn, i) => {
      const args = argsArray[i] as unknown[];
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
      else if (fn === OPS.transform) ctm = compose(ctm, args as Matrix);
      else if (fn === OPS.constructPath) {
        const [path] = args[1] as [ArrayLike<number>];
        const rects = path ? rectsOf(path, ctm) : [];
        if (rects.length > best.length) best = rects;
      }
    });
    return best;
  } finally {
    await document.destroy();
  }
}

/** Paints the rectangles black on white, 8 pixels per module, with a 4-module margin; decodes the result. */
export function decodeRects(rects: Rect[]): { text: string | null; modules: number; widthPt: number } {
  const module = Math.min(...rects.map((r) => r.y1 - r.y0));
  const left = Math.min(...rects.map((r) => r.x0));
  const top = Math.max(...rects.map((r) => r.y1));
  const widthPt = Math.max(...rects.map((r) => r.x1)) - left;
  const modules = Math.round(widthPt / module);
  const scale = 8;
  const size = (modules + 8) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const r of rects) {
    const col0 = Math.round((r.x0 - left) / module) + 4;
    const col1 = Math.round((r.x1 - left) / module) + 4;
    // page space grows upwards, image rows downwards
    const row0 = Math.round((top - r.y1) / module) + 4;
    const row1 = Math.round((top - r.y0) / module) + 4;
    for (let y = row0 * scale; y < row1 * scale; y++) {
      for (let x = col0 * scale; x < col1 * scale; x++) {
        const at = (y * size + x) * 4;
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
      }
    }
  }
  const result = jsQR(pixels, size, size, { inversionAttempts: 'dontInvert' });
  return {
    text: result ? new TextDecoder().decode(new Uint8Array(result.binaryData)) : null,
    modules,
    widthPt,
  };
}
