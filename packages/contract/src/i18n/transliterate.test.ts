import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transliterateCyrillicToLatin as latin } from './transliterate.js';

describe('transliterateCyrillicToLatin', () => {
  it('maps every letter of the Serbian Cyrillic alphabet', () => {
    expect(latin('абвгдђежзијклљмнњопрстћуфхцчџш')).toBe('abvgdđežzijklljmnnjoprstćufhcčdžš');
    expect(latin('АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ')).toBe('ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ');
  });

  it('writes Љ Њ Џ as Lj Nj Dž at the start of a word, LJ NJ DŽ in capitals', () => {
    expect(latin('Љубав Њиве Џеп')).toBe('Ljubav Njive Džep');
    expect(latin('ЉУБАВ ЊИВЕ ЏЕП')).toBe('LJUBAV NJIVE DŽEP');
    expect(latin('КОЊ, ПАЏ и МОЉ.')).toBe('KONJ, PADŽ i MOLJ.');
    expect(latin('Љ')).toBe('Lj');
  });

  it('turns real sentences into Latin script', () => {
    expect(latin('Увид у рачун')).toBe('Uvid u račun');
    expect(latin('Опомене пред утужење и упозорења пред обуставу.')).toBe(
      'Opomene pred utuženje i upozorenja pred obustavu.',
    );
    expect(latin('Наплатни број, ЈМБГ, ПИБ и матични број')).toBe('Naplatni broj, JMBG, PIB i matični broj');
    expect(latin('Ђорђе Ћирић из Ужица, ћевапчићи и џем')).toBe('Đorđe Ćirić iz Užica, ćevapčići i džem');
  });

  it('keeps Latin text, digits, punctuation and other scripts as they are', () => {
    expect(latin('IPS QR, Visa и MasterCard; PDF-ом, 5.774,39 RSD — „да”')).toBe(
      'IPS QR, Visa i MasterCard; PDF-om, 5.774,39 RSD — „da”',
    );
    expect(latin('')).toBe('');
  });

  it('leaves {placeholders} untouched', () => {
    expect(latin('Рачун {број} за {месец}')).toBe('Račun {број} za {месец}');
    expect(latin('Најмањи број знакова: {minimum}.')).toBe('Najmanji broj znakova: {minimum}.');
    expect(latin('{а}{б} ц')).toBe('{а}{б} c');
    expect(latin('отворена { заграда')).toBe('otvorena { zagrada');
  });

  it('never leaves Cyrillic letters outside placeholders and keeps placeholders in order', () => {
    const cyrillic = fc.constantFrom(...'абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ .,');
    const placeholder = fc.stringMatching(/^\{[a-zа-ш]{1,8}\}$/);
    const piece = fc.oneof(fc.string({ unit: cyrillic, maxLength: 12 }), placeholder);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const result = latin(pieces.join(''));
        const outside = result.replace(/\{[^{}]*\}/g, '');
        expect(outside).not.toMatch(/[\u0400-\u04FF]/);
        expect(result.match(/\{[^{}]*\}/g) ?? []).toEqual(pieces.join('').match(/\{[^{}]*\}/g) ?? []);
      }),
    );
  });
});
