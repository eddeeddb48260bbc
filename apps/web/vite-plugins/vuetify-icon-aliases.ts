// Vuetify's components name their icons by alias (`$close`, `$dropdown`…), and its mdi-svg set maps
// all 64 aliases to SVG paths: 3.8 KB gzip of the first page, most of them for components the app does
// not use. The build keeps the aliases listed here and drops the others from that map.
// vuetify-icon-aliases.test.ts checks that the list holds every alias that the Vuetify components the
// app's templates use name (VAlert's by its type), so a new component's icon cannot go missing; the
// build fails if Vuetify no longer has one of them. Development and the tests keep the whole map.
import type { Plugin } from 'vite';

export const usedIconAliases = [
  'checkboxIndeterminate',
  'checkboxOff',
  'checkboxOn',
  'clear',
  'close',
  'collapse',
  'complete',
  'delete',
  'dropdown',
  'error',
  'expand',
  'file',
  'first',
  'info',
  'last',
  'menu',
  'next',
  'prev',
  'radioOff',
  'radioOn',
  'success',
  'warning',
] as const;

const aliasLine = /^ {2}([a-zA-Z]+): 'svg:[^']*',?\n/gm;

/** The aliases the mdi-svg module maps, in its order. */
export function aliasNames(code: string): string[] {
  return [...code.matchAll(aliasLine)].map(([, name]) => name!);
}

/** The mdi-svg module with only the listed aliases. */
export function pruneAliases(code: string, keep: readonly string[] = usedIconAliases): string {
  const found = new Set<string>();
  const pruned = code.replace(aliasLine, (line, name: string) => {
    if (!keep.includes(name)) return '';
    found.add(name);
    return line;
  });
  const missing = keep.filter((name) => !found.has(name));
  if (missing.length > 0) throw new Error(`vuetify/iconsets/mdi-svg has no alias ${missing.join(', ')}`);
  return pruned;
}

export function onlyUsedIconAliases(): Plugin {
  return {
    name: 'only-used-icon-aliases',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('/vuetify/lib/iconsets/mdi-svg.js')) return null;
      return { code: pruneAliases(code), map: null };
    },
  };
}
