import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transliterateLatinToCyrillic as cyrillic } from './latin-to-cyrillic.js';
import { textInScript } from './text-in-script.js';
import { transliterateCyrillicToLatin as latin } from './transliterate.js';

describe('transliterateLatinToCyrillic', () => {
  it('maps every letter of the Serbian Latin alphabet, digraphs as one letter', () => {
    expect(cyrillic('abvgdđežzijklljmnnjoprstćufhcčdžš')).toBe('абвгдђежзијклљмнњопрстћуфхцчџш');
    expect(cyrillic('ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ')).toBe('АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ');
    expect(cyrillic('Ljubljanska, Njegoševa, Džordža Vašingtona')).toBe(
      'Љубљанска, Његошева, Џорџа Вашингтона',
    );
    expect(cyrillic('LJUBA NJEGOŠ DŽEP')).toBe('ЉУБА ЊЕГОШ ЏЕП');
  });

  it('reads the usual exceptions apart: nadživeti, podžupan, injekcija, konjunktura', () => {
    expect(cyrillic('nadživljavanje podžupan injekcija konjunktura')).toBe(
      'надживљавање поджупан инјекција конјунктура',
    );
  });

  it('turns names, addresses and bill lines stored in Latin into Cyrillic', () => {
    expect(cyrillic('Marko Petrović')).toBe('Марко Петровић');
    expect(cyrillic('Pekara „Morava“ d.o.o.')).toBe('Пекара „Морава“ д.о.о.');
    expect(cyrillic('Bulevar oslobođenja 12a, 21000 Novi Sad')).toBe(
      'Булевар ослобођења 12а, 21000 Нови Сад',
    );
    expect(cyrillic('Aktivna energija VT, zelena zona')).toBe('Активна енергија ВТ, зелена зона');
    expect(cyrillic('Akciza (7,5%) na osnovicu (1+2+3+4+5+6+7)')).toBe(
      'Акциза (7,5%) на основицу (1+2+3+4+5+6+7)',
    );
    expect(cyrillic('PDV-a')).toBe('ПДВ-а');
  });

  it('keeps units, Roman numerals, e-mail and web addresses and codes in Latin', () => {
    expect(cyrillic('Energija (kWh), snaga (kW), reaktivna (kVArh, kvarh)')).toBe(
      'Енергија (kWh), снага (kW), реактивна (kVArh, kvarh)',
    );
    expect(cyrillic('Blok I, blok II, blok III')).toBe('Блок I, блок II, блок III');
    expect(cyrillic('pisite na info@eps.rs ili www.eps.rs')).toBe('писите на info@eps.rs или www.eps.rs');
    expect(cyrillic('EIC 89ZR01G0004A21X, ED 1234567890')).toBe('ЕИЦ 89ZR01G0004A21X, ЕД 1234567890');
  });

  it('keeps Cyrillic text as it is', () => {
    expect(cyrillic('Марко Петровић, Ђорђа Станојевића 14')).toBe('Марко Петровић, Ђорђа Станојевића 14');
  });

  it('comes back to the same Latin through transliterateCyrillicToLatin', () => {
    const letter = fc.constantFrom(...'abcčćdđefghijklmnoprsštuvzž ABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ'.split(''));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(letter, fc.constantFrom('lj', 'nj', 'dž')), { maxLength: 20 }),
        (parts) => {
          const text = parts.join('').toLowerCase();
          expect(latin(cyrillic(text))).toBe(text);
        },
      ),
    );
  });
});

describe('textInScript', () => {
  it('writes stored text in the script of the interface', () => {
    expect(textInScript('Novi Sad', 'sr-Cyrl')).toBe('Нови Сад');
    expect(textInScript('Нови Сад', 'sr-Cyrl')).toBe('Нови Сад');
    expect(textInScript('Нови Сад', 'sr-Latn')).toBe('Novi Sad');
    expect(textInScript('Novi Sad', 'en')).toBe('Novi Sad');
  });
});
