// A key the code asks for that no catalogue has would show as the raw key. The three catalogues have
// the same keys (messages.test.ts), so a key of the Cyrillic one is in all three and the plugin needs
// no fallback language. This test closes the other gap: every key written literally in the sources
// (t('...'), $t('...'), tm, rt, n; te only asks whether one is there) is in the catalogue. Keys built
// at run time (t(`kind.${x}`)) are not checked here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import srCyrl from './sr-Cyrl.js';

type Tree = { [key: string]: string | Tree };

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.(vue|ts)$/.test(entry.name) && !/(\.test\.ts|^messages\..*)$/.test(entry.name) ? [path] : [];
  });
}

/** A message (a string) or a subtree (what tm reads) at the key's path. */
function lookUp(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

describe('message keys used in the sources', () => {
  it('are all in the catalogues', () => {
    const missing: string[] = [];
    let used = 0;
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const [, key] of text.matchAll(/(?<![\w.])\$?(?:t|tm|rt|n)\(\s*'([^'$\s]+)'/g)) {
        used++;
        if (lookUp(srCyrl as unknown as Tree, key!) === undefined)
          missing.push(`${relative(root, file)}: ${key}`);
      }
    }
    expect(used).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });
});
