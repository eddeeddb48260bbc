// Any error as a message in the current language: an API error by its typed code (never by the
// server's words, which are in the language of the request), a failed connection as "offline".
import { errorMessage, type Locale } from '@portal/contract';
import { useI18n } from 'vue-i18n';
import { ApiError } from '../api/client.js';

/** A message that is worded when shown, so it follows a change of the interface language. */
export type Message = () => string;

export function useErrorText() {
  const { t, locale } = useI18n();
  return (error: unknown): Message =>
    () => {
      if (!(error instanceof ApiError)) return t('form.unexpected');
      if (error.code === 'NETWORK') return t('form.offline');
      return errorMessage(error.code, locale.value as Locale);
    };
}
