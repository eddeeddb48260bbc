// Any error as a message in the current language: an API error by its typed code (never by the
// server's words, which are in the language of the request), a failed connection as "offline".
import type { Locale } from '@portal/contract';
import { useI18n } from 'vue-i18n';
import { ApiError } from '../api/client.js';
import { errorTexts, loadErrorTexts } from './error-texts.js';

/** A message that is worded when shown, so it follows a change of the interface language. */
export type Message = () => string;

/**
 * `load`: when the contract's error texts load. By default as the caller is set up, so that they are
 * there before any answer can fail; a form asks for 'with-schema' and loads them with its schema on
 * first use (use-form.ts), which keeps them off the first page's login form.
 */
export function useErrorText(load: 'now' | 'with-schema' = 'now') {
  const { t, locale } = useI18n();
  if (load === 'now') loadErrorTexts().catch(() => undefined); // asked again with the first error
  return (error: unknown): Message => {
    if (error instanceof ApiError && error.code !== 'NETWORK') loadErrorTexts().catch(() => undefined);
    return () => {
      if (!(error instanceof ApiError)) return t('form.unexpected');
      if (error.code === 'NETWORK') return t('form.offline');
      // the server's words only until the texts have loaded (a form has them before it sends)
      return errorTexts()?.errorMessage(error.code, locale.value as Locale) ?? error.message;
    };
  };
}
