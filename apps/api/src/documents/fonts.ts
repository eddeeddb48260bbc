// The embedded font. The 14 standard PDF fonts have no Cyrillic glyphs, so every text of a document is set in
// DejaVu Sans Condensed (Latin + Cyrillic, free licence), embedded as a subset with a ToUnicode map so
// that the text can be copied and searched. Condensed, because a bill has many narrow table columns.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font, type GlyphPosition, type GlyphRun } from 'fontkit';
import { subsetFactory } from './font-subset.js';

export interface PortalFonts {
  regular: Font;
  bold: Font;
}

const files = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf',
} as const;

/**
 * Absolute paths of the font files, resolved through node's module resolution from `from`. Run from the
 * sources (vitest, tsx) that is apps/api/src/...; from the esbuild bundle import.meta.url is
 * dist/server.js. Both find apps/api/node_modules/dejavu-fonts-ttf (a dependency of @portal/api, so
 * `pnpm deploy --prod` ships it too), and no file has to be copied next to the bundle.
 */
export function portalFontFiles(from: string = import.meta.url): Record<keyof PortalFonts, string> {
  const require = createRequire(from);
  return { regular: require.resolve(files.regular), bold: require.resolve(files.bold) };
}

function open(path: string): Font {
  const font = create(readFileSync(path));
  if (!('layout' in font)) throw new Error(`${path} is a font collection, not a font`);
  // fontkit caches one glyph object per glyph id with the code points of the call that created it, and
  // pdfkit writes those code points into the ToUnicode map. A subset creates the components of composite
  // glyphs without code points (Cyrillic "о" is built on Latin "o"), so on a shared font a later
  // document's Latin "o" would copy as nothing, and the map would depend on the order of earlier
  // renders. Creating every mapped glyph from its code point first fixes both.
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  return font;
}

/** Words kept per face: the words of every label, and room for the values of many bills besides. */
const layoutCacheSize = 20_000;

/**
 * The font as pdfkit sees it, with its text layout remembered across documents. pdfkit shapes every word
 * of every text with fontkit (the OpenType substitution and positioning lookups), once per document and
 * face: most of a render went into laying out the same labels again. The shaping depends on the word
 * and the font only; the run is kept unscaled and each call gets its own copy, because pdfkit scales the
 * positions of the run it is given in place (and keeps that run in its own per-document cache).
 */
function withSharedLayout(font: Font): Font {
  const runs = new Map<string, GlyphRun>();
  const layout = (text: string, ...rest: unknown[]): GlyphRun => {
    // Features, script, language or direction asked for explicitly: shaped as asked, not remembered.
    if (rest.some((argument) => argument !== undefined)) {
      return (font.layout as (text: string, ...rest: unknown[]) => GlyphRun)(text, ...rest);
    }
    let run = runs.get(text);
    if (!run) {
      run = font.layout(text);
      if (runs.size >= layoutCacheSize) runs.delete(runs.keys().next().value!);
      runs.set(text, run);
    }
    return copyOf(run);
  };
  // Everything else (tables, glyphs) is the parsed font's own, shared as before.
  return Object.create(font, {
    layout: { value: layout },
    createSubset: { value: subsetFactory(font) },
  }) as Font;
}

function copyOf(run: GlyphRun): GlyphRun {
  // The run's class computes advanceWidth from the positions: the copy keeps the class.
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((position) =>
    Object.assign(Object.create(Object.getPrototypeOf(position) as object) as GlyphPosition, position),
  );
  return copy;
}

let cached: PortalFonts | undefined;

/**
 * The parsed fonts, loaded on first use and shared by every document: parsing the TrueType tables was
 * most of the time of a render when each document opened the files itself. pdfkit makes its own subset
 * per document and only reads the shared font, so documents cannot see each other's glyphs.
 */
export function portalFonts(): PortalFonts {
  if (!cached) {
    const paths = portalFontFiles();
    cached = {
      regular: withSharedLayout(open(paths.regular)),
      bold: withSharedLayout(open(paths.bold)),
    };
  }
  return cached;
}
