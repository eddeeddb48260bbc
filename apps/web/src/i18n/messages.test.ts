import { describe, expect, it } from 'vitest';
import en from './en.js';
import { messages, transliterateTree } from './messages.js';
import srCyrl from './sr-Cyrl.js';

type Tree = { [key: string]: string | Tree };

const entries = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : entries(v, `${prefix}${k}.`),
  );
const placeholders = (text: string) => text.match(/\{[^{}]*\}/g) ?? [];

/** Every key of a tree, each step on its own. */
const steps = (tree: Tree): string[] =>
  Object.entries(tree).flatMap(([k, v]) => [k, ...(typeof v === 'string' ? [] : steps(v))]);

describe('message catalogues', () => {
  it('have no dot inside a key, which vue-i18n would read as a step into a nested message', () => {
    for (const tree of [en, srCyrl] as Tree[]) expect(steps(tree).filter((k) => k.includes('.'))).toEqual([]);
  });

  it('English has exactly the keys of Serbian', () => {
    expect(
      entries(en)
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      entries(srCyrl)
        .map(([k]) => k)
        .sort(),
    );
  });

  it('Latin is the Cyrillic catalogue transliterated, with no Cyrillic left', () => {
    const latin = JSON.stringify(messages['sr-Latn']);
    expect(latin).not.toMatch(/[\u0400-\u04FF]/);
    expect((messages['sr-Latn'] as { app: { name: string } }).app.name).toBe('Uvid u račun');
    expect(entries(messages['sr-Latn']).map(([k]) => k)).toEqual(entries(srCyrl).map(([k]) => k));
  });

  it('leaves {placeholders} untouched', () => {
    expect(transliterateTree({ a: 'Рачун {број} за {месец}', b: { c: 'Уплата {amount} RSD' } })).toEqual({
      a: 'Račun {број} za {месец}',
      b: { c: 'Uplata {amount} RSD' },
    });
  });

  it('every message has the same placeholders in all three languages', () => {
    const latin = new Map(entries(messages['sr-Latn']));
    const english = new Map(entries(en));
    for (const [key, cyrillic] of entries(srCyrl)) {
      expect(placeholders(latin.get(key)!), key).toEqual(placeholders(cyrillic));
      expect(placeholders(english.get(key)!).sort(), key).toEqual(placeholders(cyrillic).sort());
    }
  });
});
