import { defaultLocale, isLocale, type Locale } from '@portal/contract';
import { en as vuetifyEn, srCyrl as vuetifySrCyrl, srLatn as vuetifySrLatn } from 'vuetify/locale';
import { createI18n } from 'vue-i18n';
import { loadMessages } from '../i18n/load-messages.js';
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

const vuetifyMessages = { 'sr-Cyrl': vuetifySrCyrl, 'sr-Latn': vuetifySrLatn, en: vuetifyEn };

/** A language's catalogue as the plugin holds it: Vuetify's own texts (pagination, close buttons...)
 * follow the same locale through its adapter. */
const withVuetify = (locale: Locale, tree: Tree) => ({ ...tree, $vuetify: vuetifyMessages[locale] });

/** The catalogues every plugin starts with unless given others: none in the app, all in the component
 * tests (testing/setup.ts), which mount pages in any language at once. */
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
    messages: Object.fromEntries(
      Object.entries(catalogues).map(([l, tree]) => [l, withVuetify(l as Locale, tree)]),
    ),
  });
}

export type I18nPlugin = ReturnType<typeof createI18nPlugin>;

/** The plugin of the app: the first language's catalogue loaded before anything is shown. */
export async function startI18n(locale: Locale = initialLocale()): Promise<I18nPlugin> {
  return createI18nPlugin(locale, { [locale]: await loadMessages(locale) });
}

/** Loads a language's catalogue into the plugin unless it is there already. */
export async function ensureMessages(
  composer: { availableLocales: string[]; setLocaleMessage: (locale: string, messages: object) => void },
  locale: Locale,
): Promise<void> {
  if (composer.availableLocales.includes(locale)) return;
  composer.setLocaleMessage(locale, withVuetify(locale, await loadMessages(locale)));
}
