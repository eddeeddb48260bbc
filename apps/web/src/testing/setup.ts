import { loadErrorTexts } from '../composables/error-texts.js';
import { pluginMessages } from '../i18n/messages.js';
import { preloadCatalogues } from '../plugins/i18n.js';

// Every language's messages at hand, as pages are mounted in any of them (the app loads one at a time).
preloadCatalogues(pluginMessages);
// The contract's error texts too, which the app loads when first needed: a page's message is then
// worded at once, never after the test has ended (composables/use-error-text.test.ts loads them itself).
await loadErrorTexts();

// What happy-dom lacks and Vuetify's overlays (menus, dialogs) use.
if (!('visualViewport' in globalThis)) {
  const viewport = Object.assign(new EventTarget(), {
    get width() {
      return window.innerWidth;
    },
    get height() {
      return window.innerHeight;
    },
    offsetLeft: 0,
    offsetTop: 0,
    pageLeft: 0,
    pageTop: 0,
    scale: 1,
  });
  Object.defineProperty(globalThis, 'visualViewport', { value: viewport, configurable: true });
}
