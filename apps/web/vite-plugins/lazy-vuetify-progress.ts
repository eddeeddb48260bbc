// Vuetify's progress bar and spinner (4.6 KB gzip with their helpers) are imported by components of
// every page (a button's and a card's loading state, an alert's timer), so the bundler puts them on the
// first page, which shows neither until something loads. The build has Vuetify's components render
// them as async components instead: their code loads the first time one is shown (the service worker
// has it cached after the first visit). Each import it rewrites must be used only as a component to
// render (`_createVNode(VProgress…`) or to name its defaults; anything else fails the build, as does a
// Vuetify without them.
import type { Plugin } from 'vite';

const imported =
  /import \{ (VProgressLinear|VProgressCircular) \} from "([^"]+\/VProgress(?:Linear|Circular)\/index\.js)";/g;
const vuetifyModule = /\/vuetify\/lib\/(?!components\/VProgress|components\/index\.js)[^?]+\.js$/;

export function lazyVuetifyProgress(): Plugin {
  let rewritten = 0;
  return {
    name: 'lazy-vuetify-progress',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      rewritten = 0;
    },
    transform(code, id) {
      if (!vuetifyModule.test(id) || !code.includes('VProgress')) return null;
      const names: string[] = [];
      let out = code.replace(imported, (_all, name: string, path: string) => {
        names.push(name);
        return `const ${name} = __lazyProgress(() => import(${JSON.stringify(path)}).then((m) => m.${name}));`;
      });
      if (names.length === 0) return null;
      for (const name of names) {
        const uses = code.split(name).length - 1;
        const renders = code.split(`_createVNode(${name},`).length - 1;
        const defaultsKeys = code.split(`${name}: {`).length - 1; // its defaults, by name
        // the import names it twice (the binding and the path); every other use must render it
        if (uses !== renders + defaultsKeys + 2)
          throw new Error(`${id}: ${name} is used other than rendered`);
      }
      // A card's or a field's loader slot renders the bar even when idle (inactive, no height): only
      // an active one is rendered, so that an idle card does not load it.
      if (id.endsWith('/vuetify/lib/composables/loader.js')) {
        const idle = '}) || _createVNode(VProgressLinear, {';
        if (!out.includes(idle)) throw new Error(`${id}: its loader slot has changed`);
        out = out.replace(idle, '}) || props.active && _createVNode(VProgressLinear, {');
      }
      rewritten += names.length;
      out = `import { defineAsyncComponent as __lazyProgress } from "vue";\n${out}`;
      return { code: out, map: null };
    },
    buildEnd(error) {
      if (!error && rewritten === 0)
        throw new Error('lazy-vuetify-progress: no import of a progress component found');
    },
  };
}
