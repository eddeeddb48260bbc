import { defaultLocale, locales, type Locale } from '@portal/contract';
import { en as vuetifyEn, srCyrl as vuetifySrCyrl, srLatn as vuetifySrLatn } from 'vuetify/locale';
import { createI18n } from 'vue-i18n';
import { messages } from '../i18n/messages.js';

export const localeStorageKey = 'portal.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The remembered choice; else Latin when the browser asks for Serbian in Latin script; else Serbian in
 * Cyrillic, the portal's default (many Serbian users run English-language browsers, so English is
 * chosen, not guessed).
 */
export function initialLocale(
  stored: string | null = globalThis.localStorage?.getItem(localeStorageKey) ?? null,
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Locale {
  if (isLocale(stored)) return stored;
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('sr-latn') ? 'sr-Latn' : defaultLocale;
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
