import { defaultLocale, isLocale, locales, type Locale } from '@portal/contract';
import { en as vuetifyEn, srCyrl as vuetifySrCyrl, srLatn as vuetifySrLatn } from 'vuetify/locale';
import { createI18n } from 'vue-i18n';
import { messages } from '../i18n/messages.js';

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

export function createI18nPlugin(locale: Locale = initialLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: defaultLocale,
    // Vuetify's own texts (pagination, close buttons...) follow the same locale through its adapter.
    messages: Object.fromEntries(locales.map((l) => [l, { ...messages[l], $vuetify: vuetifyMessages[l] }])),
  });
}

export type I18nPlugin = ReturnType<typeof createI18nPlugin>;
