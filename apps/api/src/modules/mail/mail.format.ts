// Amounts, dates and moments in the words of a mail's locale: what every module's template fills its
// placeholders with, so that all mails write them alike.
import type { BillCurrency, Locale } from '@portal/contract';
import { formatRsd } from '@portal/domain';
import { formatMoney } from '../../documents/format.js';

/** 8307.99 RSD as the reader writes it: "8.307,99 дин." / "RSD 8,307.99"; KM and euros as documents do. */
export function mailAmount(para: number, locale: Locale, currency: BillCurrency = 'RSD'): string {
  // a debt in KM or euros (an ERS or EPCG metering point) is written as the documents write it
  if (currency !== 'RSD') return formatMoney(formatRsd(para), locale, currency);
  const [whole = '0', fraction = '00'] = formatRsd(para).replace('-', '').split('.');
  const sign = para < 0 ? '-' : '';
  if (locale === 'en') return `RSD ${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, '.')},${fraction} ${locale === 'sr-Latn' ? 'din.' : 'дин.'}`;
}

/** A calendar date: "27.11.2026." in Serbian, "27 Nov 2026" in English. */
export function mailDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-');
  if (locale !== 'en') return `${day}.${month}.${year}.`;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(day)} ${names[Number(month) - 1]} ${year}`;
}

const intlLocale: Record<Locale, string> = { 'sr-Cyrl': 'sr-Cyrl-RS', 'sr-Latn': 'sr-Latn-RS', en: 'en-GB' };

/** Date and time as the customer reads it: in Serbia's time zone, whatever the server's. */
export function mailMoment(when: Date, locale: Locale): string {
  if (Number.isNaN(when.getTime())) throw new Error('mail template parameter {when} is not a valid date');
  return new Intl.DateTimeFormat(intlLocale[locale], {
    // Serbian "long" dates put the month in the nominative ("14. март"), wrong after "on"; numbers read right.
    dateStyle: locale === 'en' ? 'long' : 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Belgrade',
  }).format(when);
}
