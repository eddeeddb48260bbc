// The embedded font. The 14 standard PDF fonts have no Cyrillic glyphs, so every text of a document is set in
// DejaVu Sans Condensed (Latin + Cyrillic, free licence), embedded as a subset with a ToUnicode map so
// that the text can be copied and searched. Condensed, because a bill has many narrow table columns.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
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

/** pdfkit's word layouts of one face in one document: the run of each word, scaled to 1000 units. */
type LayoutCache = Record<string, unknown>;

/** Words kept per face before the layouts start afresh: every label, and the values of many bills. */
const layoutCacheSize = 20_000;
let layoutCaches: Record<keyof PortalFonts, LayoutCache> = freshLayoutCaches();
let adoptions = 0;

function freshLayoutCaches(): Record<keyof PortalFonts, LayoutCache> {
  return { regular: Object.create(null) as LayoutCache, bold: Object.create(null) as LayoutCache };
}

/**
 * Makes the document's current font (the `face` just selected) lay words out into the layouts shared
 * by every document. pdfkit shapes each word with fontkit (the OpenType substitution and positioning
 * lookups) and keeps the run per document: most of a render went into shaping the same labels again
 * for each bill. A run depends on the word and the face only, and pdfkit never changes a kept run (it
 * already reuses them across the texts of a document), so documents, interleaved or not, can share them.
 * Nothing happens if pdfkit keeps no layouts (the `fontLayoutCache: false` option).
 */
export function shareLayouts(doc: PDFKit.PDFDocument, face: keyof PortalFonts): void {
  const font = (doc as unknown as { _font?: { layoutCache?: LayoutCache } })._font;
  if (!font?.layoutCache || font.layoutCache === layoutCaches[face]) return;
  // Counting the keys now and then bounds the memory that the values of bills (names, amounts) take.
  if (++adoptions % 512 === 0 && Object.keys(layoutCaches[face]).length > layoutCacheSize) {
    layoutCaches = { ...layoutCaches, [face]: Object.create(null) as LayoutCache };
  }
  font.layoutCache = layoutCaches[face];
}

/** The font as pdfkit gets it: the parsed font, with subsets that read each glyph once per process. */
function withSharedSubsets(font: Font): Font {
  return Object.create(font, { createSubset: { value: subsetFactory(font) } }) as Font;
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
      regular: withSharedSubsets(open(paths.regular)),
      bold: withSharedSubsets(open(paths.bold)),
    };
  }
  return cached;
}
