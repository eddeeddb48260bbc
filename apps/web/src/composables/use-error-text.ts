// Any error as a message in the current language: an API error by its typed code (never by the
// server's words, which are in the language of the request), a failed connection as "offline".
import type { Locale } from '@portal/contract';
import { useI18n } from 'vue-i18n';
import { ApiError } from '../api/client.js';
import { errorTexts, loadErrorTexts } from './error-texts.js';

/** A message that is worded when shown, so it follows a change of the interface language. */
export type Message = () => string;

export function useErrorText() {
  const { t, locale } = useI18n();
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
