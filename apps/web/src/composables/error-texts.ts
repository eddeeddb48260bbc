// The contract's error texts (every code in every language, 5 KB gzip) load when first needed, so that
// the first page's login form does not carry them before it is used. A form loads them with its schema,
// on first use, and sending waits for both; another caller loads them as it is set up, and a message
// shown before they are there has the server's own words (in the language of the request).
import { shallowRef } from 'vue';
import type * as Source from './error-texts.source.js';

export type ErrorTexts = typeof Source;

const loaded = shallowRef<ErrorTexts | null>(null);
let loading: Promise<ErrorTexts> | undefined;

/** Loads the texts once (again after a failed load, e.g. offline before the app was cached). */
export function loadErrorTexts(): Promise<ErrorTexts> {
  loading ??= import('./error-texts.source.js').then(
    (texts) => (loaded.value = texts),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The texts once loaded, else null; reactive, so a message shown before they came is worded again. */
export function errorTexts(): ErrorTexts | null {
  return loaded.value;
}
