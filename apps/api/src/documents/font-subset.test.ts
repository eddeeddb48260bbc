import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { subsetFactory, type FontSubset } from './font-subset.js';
import { portalFontFiles } from './fonts.js';

const load = (path: string) => create(readFileSync(path)) as Font;

describe('the font subset', () => {
  for (const [face, path] of Object.entries(portalFontFiles())) {
    const reference = load(path);
    const subset = subsetFactory(load(path));
    const bytes = (made: FontSubset, ids: number[]) => {
      for (const id of ids) made.includeGlyph(id);
      return Buffer.from(made.encode());
    };
    const texts = {
      'a bill in Cyrillic': 'Рачун за електричну енергију: Љубица Ђорђевић, 8.981,84 дин. ✂ ёй',
      'a bill in Latin': 'Račun za električnu energiju: Ljubica Đorđević, 8,981.84 RSD',
      'every 13th glyph of the font': null,
    };
    for (const [name, text] of Object.entries(texts)) {
      it(`is the bytes fontkit writes (${face}, ${name})`, () => {
        const ids = text
          ? reference.layout(text).glyphs.map((glyph) => glyph.id)
          : Array.from({ length: Math.floor(reference.numGlyphs / 13) }, (_, i) => 13 * i + 1);
        // twice: the second subset reads the glyphs the first one remembered
        for (let round = 0; round < 2; round++) {
          const expected = bytes(reference.createSubset() as unknown as FontSubset, ids);
          expect(bytes(subset(), ids).equals(expected)).toBe(true);
        }
      });
    }
  }
});
