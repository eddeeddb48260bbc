// A moment as staff read it: date and time in Serbia's time zone, in the interface language.
import type { Locale } from '@portal/contract';

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Belgrade',
  }).format(new Date(iso));
}
