// The TrueType subset embedded in every document, written the way fontkit's TTFSubset writes it but
// without decoding and re-encoding the same glyphs and tables for each document. fontkit decodes every
// included glyph's outline (only to find the components of composite glyphs) and re-encodes the constant
// tables (cvt, fpgm, head ...) field by field: a tenth of a bill's render. Here each glyph's bytes and
// metrics are read once per process, the constant tables are taken from a subset fontkit encoded itself,
// and a subset is the directory, those tables and the glyphs concatenated: byte for byte what fontkit
// writes (font-subset.test.ts compares the two).
import type { Font } from 'fontkit';

/** What pdfkit uses of a subset: the glyphs it includes (new ids in order of use) and the font file. */
export interface FontSubset {
  includeGlyph(glyph: number | { id: number }): number;
  encode(): Uint8Array;
}

/** The parts of fontkit's TrueType font this module reads; fontkit keeps them out of its types. */
interface TrueTypeInternals {
  loca: { version: number; offsets: number[] };
  _getTableStream(tag: 'glyf'): { pos: number; readBuffer(length: number): Uint8Array };
  _variationProcessor?: unknown;
  createSubset(): FontSubset;
  getGlyph(id: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
}

interface GlyphData {
  bytes: Uint8Array;
  /** composite glyphs: the glyph ids of the components, and where each id is written in `bytes` */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

interface Template {
  /** the tables in the order fontkit writes them, `null` where the subset's own data goes */
  tables: { tag: string; bytes: Uint8Array | null }[];
  header: Uint8Array;
}

/** hhea.numberOfMetrics and maxp.numGlyphs: the only fields of the copied tables that change. */
const numberOfMetricsOffset = 34;
const numGlyphsOffset = 4;

/** The constant tables as fontkit encodes them, cut from a subset of the missing glyph alone. */
function templateOf(font: TrueTypeInternals): Template {
  const file = font.createSubset().encode();
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(4);
  const tables = Array.from({ length: count }, (_, index) => {
    const entry = 12 + 16 * index;
    const tag = String.fromCharCode(...file.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 8);
    const bytes = file.slice(offset, offset + view.getUint32(entry + 12));
    return { tag, bytes: tag === 'loca' || tag === 'glyf' || tag === 'hmtx' ? null : bytes };
  });
  return { tables, header: file.slice(0, 12) };
}

/**
 * A factory of subsets of `font` sharing what every subset reads. Fonts fontkit would subset differently
 * (CFF outlines, variable fonts) keep fontkit's own subsets.
 */
export function subsetFactory(parsed: Font): () => FontSubset {
  const font = parsed as unknown as TrueTypeInternals;
  if (!font.loca || font._variationProcessor) return () => font.createSubset();
  const template = templateOf(font);
  const glyphs = new Map<number, GlyphData>();
  const glyphData = (id: number): GlyphData => {
    let data = glyphs.get(id);
    if (!data) {
      const glyph = font.getGlyph(id);
      const decoded = glyph._decode();
      const start = font.loca.offsets[id]!;
      const stream = font._getTableStream('glyf');
      stream.pos += start;
      data = {
        bytes: Uint8Array.from(stream.readBuffer(font.loca.offsets[id + 1]! - start)),
        components: decoded && decoded.numberOfContours < 0 ? (decoded.components ?? []) : null,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      glyphs.set(id, data);
    }
    return data;
  };
  return () => new PortalSubset(template, font.loca.version, glyphData);
}

class PortalSubset implements FontSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(
    private readonly template: Template,
    private readonly locaVersion: number,
    private readonly glyphData: (id: number) => GlyphData,
  ) {
    this.includeGlyph(0); // the missing glyph, always first
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let index = this.mapping.get(id);
    if (index === undefined) {
      index = this.glyphs.push(id) - 1;
      this.mapping.set(id, index);
    }
    return index;
  }

  encode(): Uint8Array {
    // The glyphs, with the components of composite glyphs included (and renumbered) as they come.
    const outlines: Uint8Array[] = [];
    const metrics: GlyphData[] = [];
    for (let i = 0; i < this.glyphs.length; i++) {
      const data = this.glyphData(this.glyphs[i]!);
      let bytes = data.bytes;
      if (data.components) {
        bytes = bytes.slice();
        const view = new DataView(bytes.buffer);
        for (const component of data.components) {
          view.setUint16(component.pos, this.includeGlyph(component.glyphID));
        }
      }
      outlines.push(bytes);
      metrics.push(data);
    }
    const count = outlines.length;
    const long = this.locaVersion !== 0;
    const glyf = concat(outlines);
    const loca = new DataView(new ArrayBuffer((count + 1) * (long ? 4 : 2)));
    let offset = 0;
    for (let i = 0; i <= count; i++) {
      if (long) loca.setUint32(4 * i, offset);
      else loca.setUint16(2 * i, offset >>> 1);
      offset += outlines[i]?.length ?? 0;
    }
    const hmtx = new DataView(new ArrayBuffer(4 * count));
    metrics.forEach((data, i) => {
      hmtx.setUint16(4 * i, data.advance);
      hmtx.setInt16(4 * i + 2, data.bearing);
    });
    const own: Record<string, Uint8Array> = {
      glyf,
      loca: new Uint8Array(loca.buffer),
      hmtx: new Uint8Array(hmtx.buffer),
    };
    const tables = this.template.tables.map(({ tag, bytes }) => {
      if (!bytes) return { tag, bytes: own[tag]! };
      if (tag === 'hhea') return { tag, bytes: withUint16(bytes, numberOfMetricsOffset, count) };
      if (tag === 'maxp') return { tag, bytes: withUint16(bytes, numGlyphsOffset, count) };
      return { tag, bytes };
    });
    return withDirectory(this.template.header, tables);
  }
}

function withUint16(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint16(at, value);
  return copy;
}

/** The table directory (checksums left 0, as fontkit leaves them) followed by the tables, unpadded. */
function withDirectory(header: Uint8Array, tables: { tag: string; bytes: Uint8Array }[]): Uint8Array {
  const directory = new Uint8Array(12 + 16 * tables.length);
  directory.set(header);
  const view = new DataView(directory.buffer);
  let offset = directory.length;
  tables.forEach(({ tag, bytes }, i) => {
    const entry = 12 + 16 * i;
    for (let c = 0; c < 4; c++) directory[entry + c] = tag.charCodeAt(c);
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, bytes.length);
    offset += bytes.length;
  });
  return concat([directory, ...tables.map((table) => table.bytes)]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
