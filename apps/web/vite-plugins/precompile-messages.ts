// The built app ships its message catalogues precompiled, so that the bundle needs no message compiler
// (vue-i18n's is 5 KB gzip of the first page). Each catalogue the app loads (src/i18n/shipped/) is run
// at build time, as in development and in the tests (with Vuetify's texts, the Latin one transliterated
// from the Cyrillic one), and each message with syntax (placeholders, plurals, linked messages) is
// compiled to the tree vue-i18n evaluates without a compiler (its "AST"); a message that is only text
// stays the string, which vue-i18n shows as it is. In development and the tests the catalogues stay
// strings and vue-i18n compiles them itself.
import { baseCompile, type CompileError } from '@intlify/message-compiler';
import { createServer, type Plugin, type ViteDevServer } from 'vite';

type Tree = { [key: string]: string | Tree };
type Compiled = { [key: string]: string | object | Compiled };

const shipped = /\/src\/i18n\/shipped\/[^/]+\.ts$/;

/** A message as vue-i18n evaluates it without the compiler; fails the build on a syntax error. */
export function precompileMessage(source: string, key: string): string | object {
  const { ast } = baseCompile(source, {
    jit: true,
    minify: true,
    location: false,
    onError: (error: CompileError) => {
      throw new Error(`message ${key} ("${source}"): ${error.message}`);
    },
  });
  // a message of one text item: `s` (its static text) is what it renders
  const body = (ast as unknown as { b: { t: number; s?: string } }).b;
  return body.t === 2 && body.s === source ? source : ast;
}

export function precompileTree(tree: Tree, prefix = ''): Compiled {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? precompileMessage(value, `${prefix}${key}`)
        : precompileTree(value, `${prefix}${key}.`),
    ]),
  );
}

export function precompileMessages(): Plugin {
  // one development server, without a port, runs the catalogues' modules in Node (TypeScript, imports)
  let server: Promise<ViteDevServer> | undefined;
  let root: string | undefined;
  return {
    name: 'precompile-messages',
    apply: 'build',
    enforce: 'pre',
    // nothing is left for vue-i18n to compile, so its compiler is left out of the bundle
    config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: true } }),
    configResolved(config) {
      root = config.root;
    },
    async load(id) {
      if (!shipped.test(id)) return null;
      server ??= createServer({
        configFile: false,
        root,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, ws: false },
        optimizeDeps: { noDiscovery: true },
      });
      const catalogue = (await (await server).ssrLoadModule(id)) as { default: Tree };
      return `export default ${JSON.stringify(precompileTree(catalogue.default))};`;
    },
    async buildEnd() {
      await (await server)?.close();
      server = undefined;
    },
  };
}
