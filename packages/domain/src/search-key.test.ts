import { describe, expect, it } from 'vitest';
import { searchKey, searchKeyLetters } from './search-key.js';

describe('searchKey', () => {
  it('folds Cyrillic, Latin with and without diacritics, and case to one key', () => {
    for (const text of ['Ниш', 'Niš', 'nis', 'NIŠ', 'НИШ']) expect(searchKey(text)).toBe('nis');
    for (const text of ['Ђурђевдан', 'Đurđevdan', 'djurdjevdan']) expect(searchKey(text)).toBe('djurdjevdan');
    expect(searchKey('Љубљана Њушка Џеп')).toBe('ljubljana njuska dzep');
    expect(searchKey('Čačak, Ćuprija, Šabac, Žabalj')).toBe('cacak, cuprija, sabac, zabalj');
    expect(searchKey('Булевар ослобођења 12/3')).toBe('bulevar oslobodjenja 12/3');
  });

  it('maps letter for letter', () => {
    expect(searchKeyLetters.from.length).toBe(searchKeyLetters.to.length);
  });
});
