// The built app ships its catalogues precompiled (vite-plugins/precompile-messages.ts) and vue-i18n
// without its compiler: every message must render exactly as the string does through the compiler,
// with placeholders, plural forms, Vuetify's numbered placeholders and linked messages.
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { precompileTree } from '../../vite-plugins/precompile-messages.js';
import { pluginMessages } from './messages.js';
import type { Tree } from './transliterate-tree.js';

/** Each message with its key. */
const entries = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : entries(v, `${prefix}${k}.`),
  );

type Translate = (...args: unknown[]) => string;

/** What a page may pass: every placeholder the message names, a count, or a list. */
function renderings(t: Translate, key: string, source: string): string[] {
  const named = Object.fromEntries([...source.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, `«${name}»`]));
  return [
    t(key),
    t(key, named),
    ...[0, 1, 2, 5].map((n) => t(key, { ...named, n, count: n }, n)),
    t(key, ['a', 'b']),
  ];
}

// a message rendered with arguments it does not use: no warning each time
const quiet = { legacy: false, missingWarn: false, fallbackWarn: false } as const;

function compare(locale: string, tree: Tree) {
  const translator = (messages: Tree) =>
    createI18n({ ...quiet, locale, messages: { [locale]: messages } }).global.t as unknown as Translate;
  const compiled = translator(tree);
  const precompiled = translator(precompileTree(tree) as Tree);
  for (const [key, source] of entries(tree))
    expect(renderings(precompiled, key, source), key).toEqual(renderings(compiled, key, source));
}

describe('precompiled catalogues', () => {
  it.each(Object.entries(pluginMessages))('render every %s message as the compiler does', (locale, tree) => {
    compare(locale, tree);
  });

  it('render linked messages, plurals and placeholders', () => {
    const tree = { a: 'Рачун', b: '@:a за {month}', c: 'нема | {n} дан | {n} дана', d: 'само текст' };
    compare('sr-Cyrl', tree);
    expect(precompileTree(tree).d).toBe('само текст');
    expect(typeof precompileTree(tree).b).toBe('object');
  });
});
