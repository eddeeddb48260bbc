import { describe, expect, it } from 'vitest';
import en from './en.js';
import { messages, transliterateTree } from './messages.js';
import srCyrl from './sr-Cyrl.js';

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );

describe('message catalogues', () => {
  it('English has exactly the keys of Serbian', () => {
    expect(keys(en).sort()).toEqual(keys(srCyrl).sort());
  });

  it('Latin is the Cyrillic catalogue transliterated, with no Cyrillic left', () => {
    const latin = JSON.stringify(messages['sr-Latn']);
    expect(latin).not.toMatch(/[\u0400-\u04FF]/);
    expect((messages['sr-Latn'] as { app: { name: string } }).app.name).toBe('Uvid u račun');
  });

  it('leaves {placeholders} untouched', () => {
    expect(transliterateTree({ a: 'Рачун {број} за {месец}' })).toEqual({ a: 'Račun {број} za {месец}' });
  });
});
