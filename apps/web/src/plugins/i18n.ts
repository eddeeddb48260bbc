import { defaultLocale, isLocale, type Locale } from '@portal/contract';
import { createI18n } from 'vue-i18n';
import type { Router } from 'vue-router';
import { loadMessages, type CataloguePart } from '../i18n/load-messages.js';
import type { Tree } from '../i18n/transliterate-tree.js';

export const localeStorageKey = 'portal.locale';

function storedLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(localeStorageKey) ?? null;
  } catch {
    return null; // storage blocked by the browser's privacy settings
  }
}

/**
 * The remembered choice; else the first Serbian entry of the browser's languages decides the script
 * (sr-Latn, or sh/hr/bs/cnr whose readers expect Latin script; any other sr is Cyrillic); else Serbian
 * in Cyrillic, the portal's default. English is never guessed from the browser: most Serbian users run
 * English-language browsers (and so do headless test browsers), so English is chosen in the menu.
 */
export function initialLocale(
  stored: string | null = storedLocale(),
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of languages.map((l) => l.toLowerCase())) {
    const [language] = tag.split('-');
    if (language === 'sr') return tag.includes('-latn') ? 'sr-Latn' : 'sr-Cyrl';
    if (language === 'sh' || language === 'hr' || language === 'bs' || language === 'cnr') return 'sr-Latn';
  }
  return defaultLocale;
}

/** The catalogues every plugin starts with unless given others: none in the app, all in the component
 * tests (testing/setup.ts), which mount pages in any language at once. Each as the plugin holds it,
 * with Vuetify's texts under `$vuetify` (i18n/vuetify-texts.ts). */
const preloaded: Partial<Record<Locale, Tree>> = {};
export function preloadCatalogues(catalogues: Partial<Record<Locale, Tree>>): void {
  Object.assign(preloaded, catalogues);
}

/** `catalogues`: the languages' messages to start with; the app starts with its first language only. */
export function createI18nPlugin(
  locale: Locale = initialLocale(),
  catalogues: Partial<Record<Locale, Tree>> = preloaded,
) {
  return createI18n({
    legacy: false,
    locale,
    // No fallback language: every catalogue has every key (i18n/messages.test.ts) and every key the
    // sources name is in them (i18n/used-keys.test.ts); a fallback would name a catalogue the app has
    // not loaded (it loads only the language shown), so it could never help.
    fallbackLocale: false,
    // a copy: the plugin adds the languages it loads to the object it is given
    messages: { ...catalogues } as Record<string, Tree>,
  });
}

export type I18nPlugin = ReturnType<typeof createI18nPlugin>;

/** The languages of a plugin whose whole catalogue is loaded; the others have the first page's part. */
const complete = new WeakMap<object, Set<string>>();
type Composer = {
  availableLocales: string[];
  setLocaleMessage: (locale: string, messages: object) => void;
};

function completeLocales(composer: Composer): Set<string> {
  let locales = complete.get(composer);
  if (!locales) complete.set(composer, (locales = new Set(composer.availableLocales)));
  return locales;
}

/**
 * The plugin of the app: the first language's catalogue loaded before anything is shown, only the part
 * the first pages need (the rest before any other page: `loadCataloguesBeforePages`).
 */
export async function startI18n(locale: Locale = initialLocale()): Promise<I18nPlugin> {
  const i18n = createI18nPlugin(locale, { [locale]: await loadMessages(locale, 'first-page') });
  complete.set(i18n.global, new Set());
  return i18n;
}

/** Loads a language's catalogue into the plugin unless it is there already (as much as the others). */
export async function ensureMessages(composer: Composer, locale: Locale): Promise<void> {
  if (composer.availableLocales.includes(locale)) return;
  // the whole catalogue once another language has it, else the first page's part as the others
  const part: CataloguePart = completeLocales(composer).size > 0 ? 'all' : 'first-page';
  composer.setLocaleMessage(locale, await loadMessages(locale, part));
  if (part === 'all') completeLocales(composer).add(locale);
}

/** Loads the whole catalogue of every language the plugin has, where it has only the first page's. */
export async function ensureAllMessages(composer: Composer): Promise<void> {
  const locales = completeLocales(composer);
  await Promise.all(
    composer.availableLocales
      .filter((locale) => !locales.has(locale))
      .map(async (locale) => {
        composer.setLocaleMessage(locale, await loadMessages(locale as Locale));
        locales.add(locale);
      }),
  );
}

/**
 * The pages for visitors only (home, login, registration: `guestOnly`) show texts of the first page's
 * part of the catalogue; every other page waits for the whole one, loaded on the first such navigation.
 */
export function loadCataloguesBeforePages(router: Router, i18n: I18nPlugin): void {
  router.beforeEach(async (to) => {
    if (!to.meta.guestOnly) await ensureAllMessages(i18n.global as unknown as Composer);
  });
}
