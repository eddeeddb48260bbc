// Vuetify's framework sets up its date adapter (3 KB gzip) at start whatever the app uses, and the app
// uses none of the components that need it (date pickers and inputs, calendars). The build replaces
// it with a stand-in that only keeps the locale: a page that starts using one of those components must
// remove this plugin (vite.config.ts), or its dates fail with "adapter.… is not a function".
import type { Plugin } from 'vite';

const stub = '\0vuetify-date-adapter-stub';

export function noVuetifyDates(): Plugin {
  return {
    name: 'no-vuetify-dates',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './adapters/vuetify.js' && importer?.endsWith('/vuetify/lib/composables/date/date.js'))
        return stub;
      return null;
    },
    load(id) {
      if (id !== stub) return null;
      return 'export class VuetifyDateAdapter { constructor(options) { this.locale = options.locale; } }';
    },
  };
}
