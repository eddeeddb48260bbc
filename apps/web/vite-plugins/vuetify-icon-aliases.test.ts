import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasNames, pruneAliases, usedIconAliases } from './vuetify-icon-aliases.js';

const lib = dirname(createRequire(import.meta.url).resolve('vuetify/iconsets/mdi-svg'));
const vuetifyLib = resolve(lib, '..');
const iconset = readFileSync(join(lib, 'mdi-svg.js'), 'utf8');

/** Every file under `dir`, with its path. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
}

/** The Vuetify modules behind the components the app's templates use, with all they import. */
function vuetifyModulesUsed(): string[] {
  const tags = new Set<string>();
  for (const file of files(resolve(import.meta.dirname, '../src')).filter((f) => f.endsWith('.vue')))
    for (const [, tag] of readFileSync(file, 'utf8').matchAll(/<(v-[a-z-]+)/g)) tags.add(tag!);
  const components = files(join(vuetifyLib, 'components')).filter((f) => f.endsWith('.js'));
  const pending = [...tags].map((tag) => {
    const name = tag.replace(/(^|-)([a-z])/g, (_all, _dash, letter: string) => letter.toUpperCase());
    const file = components.find((f) => f.endsWith(`/${name}.js`));
    if (!file) throw new Error(`no Vuetify component for <${tag}>`);
    return file;
  });
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(/from ["'](\.[^"']+\.js|\.[^"']+\/)["']/g)) {
      const target = resolve(dirname(file), path!);
      pending.push(target.endsWith('.js') ? target : join(target, 'index.js'));
    }
  }
  return [...seen];
}

describe("Vuetify's icon aliases the build keeps", () => {
  it('are every alias the Vuetify components the app uses name', () => {
    const aliases = new Set(aliasNames(iconset));
    const named = new Set<string>();
    const modules = vuetifyModulesUsed();
    for (const file of modules) {
      const code = readFileSync(file, 'utf8');
      for (const [, name] of code.matchAll(/['"]\$([a-zA-Z]+)['"]/g))
        if (aliases.has(name!)) named.add(name!);
      // VAlert names its icon by its type: `$${props.type}`
      if (/`\$\$\{props\.type\}`/.test(code))
        for (const type of ['success', 'info', 'warning', 'error']) named.add(type);
      else expect(code, file).not.toMatch(/`\$\$\{/);
    }
    expect(modules.length).toBeGreaterThan(50);
    expect([...named].sort()).toEqual([...usedIconAliases].sort());
  });

  it('are all the build leaves in the iconset, and a missing one fails it', () => {
    const pruned = pruneAliases(iconset);
    expect(aliasNames(pruned).sort()).toEqual([...usedIconAliases].sort());
    expect(pruned).toContain('export { aliases, mdi }');
    expect(() => pruneAliases(iconset, ['close', 'noSuchAlias'])).toThrow(/noSuchAlias/);
  });
});
