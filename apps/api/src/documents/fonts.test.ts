import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { portalFontFiles, portalFonts } from './fonts.js';

describe('the shared portal fonts', () => {
  const word = 'Љубица-Ђорђевић';
  const own = create(readFileSync(portalFontFiles().bold)) as Font;
  const widths = (run: ReturnType<Font['layout']>) => run.positions.map((p) => p.xAdvance);

  it('lay a word out as the font file itself does, remembered or not', () => {
    const first = portalFonts().bold.layout(word);
    const again = portalFonts().bold.layout(word);
    const expected = own.layout(word);
    for (const run of [first, again]) {
      expect(run.glyphs.map((glyph) => glyph.id)).toEqual(expected.glyphs.map((glyph) => glyph.id));
      expect(widths(run)).toEqual(widths(expected));
      expect(run.advanceWidth).toBe(expected.advanceWidth);
    }
  });

  it('give every caller its own positions: pdfkit scales them in place', () => {
    const first = portalFonts().bold.layout(word);
    for (const position of first.positions) position.xAdvance *= 0.5;
    expect(widths(portalFonts().bold.layout(word))).toEqual(widths(own.layout(word)));
  });
});
