import { locales, type Locale } from '@portal/contract';
import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { ensureMessages, localeStorageKey } from '../plugins/i18n.js';

/** Each language named in itself, so it can be found whatever the current language. */
export const localeNames: Record<Locale, string> = {
  'sr-Cyrl': 'Ћирилица',
  'sr-Latn': 'Latinica',
  en: 'English',
};

/** The interface language: switching it is remembered and sets <html lang>. */
export function useLocale() {
  const composer = useI18n({ useScope: 'global' });
  const { locale } = composer;
  watchEffect(() => {
    document.documentElement.lang = locale.value;
  });
  /** Switches once the language's catalogue is there (loaded on its first use). */
  async function setLocale(next: Locale): Promise<void> {
    await ensureMessages(composer, next);
    locale.value = next;
    try {
      localStorage.setItem(localeStorageKey, next);
    } catch {
      // storage blocked: the choice holds until the page is closed
    }
  }
  return { locale, locales, setLocale, localeNames };
}
