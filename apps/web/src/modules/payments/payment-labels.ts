// How payment data is worded: the time of a card payment (in Europe/Belgrade, the Serbian way), and
// the icon-free words for channels, brands and statuses live in the message catalogue (i18n/payments.*).
import type { Locale } from '@portal/contract';

/** "2026-11-30T06:20:00Z" → "30.11.2026. 07:20" (sr) / "30/11/2026 07:20" (en), Belgrade time. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Belgrade',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  const day =
    locale === 'en'
      ? `${parts.day}/${parts.month}/${parts.year}`
      : `${parts.day}.${parts.month}.${parts.year}.`;
  return `${day} ${parts.hour}:${parts.minute}`;
}

/** The card brands as they are written on cards. */
export const brandNames = { dina: 'DinaCard', visa: 'Visa', mastercard: 'Mastercard' } as const;
