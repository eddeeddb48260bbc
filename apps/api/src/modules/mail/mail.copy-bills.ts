// The words of the billing e-mails, in Serbian Cyrillic (Latin is transliterated) and English.
import type { Locale } from '@portal/contract';
import { formatRsd } from '@portal/domain';
import type { MailTemplateParams, TemplateDefinition } from './mail.templates.js';

/** 8307.99 RSD as the reader writes it: "8.307,99 дин." / "RSD 8,307.99". */
export function mailAmount(para: number, locale: Locale): string {
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

export const billCopy: { newBill: TemplateDefinition<MailTemplateParams['newBill']> } = {
  newBill: {
    copy: {
      'sr-Cyrl': {
        subject: 'Нови рачун за {meteringPoint}: {amount}',
        preheader: 'Рачун {billNumber}, рок плаћања {dueDate}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'издат је рачун за електричну енергију за {meteringPoint} за период {periodStart} – {periodEnd}: {amount}, рок плаћања {dueDate}. Укупно за уплату, са претходним стањем: {totalToPay}.',
          },
          { p: '{attachmentNote}' },
          { button: 'Погледај рачун', href: '{billUrl}' },
          { note: 'Обавештења о новим рачунима искључујете у подешавањима налога.' },
        ],
      },
      en: {
        subject: 'New bill for {meteringPoint}: {amount}',
        preheader: 'Bill {billNumber}, due {dueDate}.',
        blocks: [
          { p: 'Dear {username},' },
          {
            p: 'an electricity bill was issued for {meteringPoint} for {periodStart} – {periodEnd}: {amount}, due {dueDate}. Total to pay, with the previous balance: {totalToPay}.',
          },
          { p: '{attachmentNote}' },
          { button: 'View the bill', href: '{billUrl}' },
          { note: 'You can turn off new-bill e-mails in your account settings.' },
        ],
      },
    },
    values: (p, locale) => ({
      username: p.username,
      meteringPoint: p.meteringPoint,
      billNumber: p.billNumber,
      periodStart: mailDate(p.periodStart, locale),
      periodEnd: mailDate(p.periodEnd, locale),
      amount: mailAmount(p.amount, locale),
      totalToPay: mailAmount(p.totalToPay, locale),
      dueDate: mailDate(p.dueDate, locale),
      billUrl: p.billUrl,
      attachmentNote: {
        'sr-Cyrl': p.pdfAttached
          ? 'Рачун је у прилогу, у PDF облику.'
          : 'Рачун можете преузети на порталу, у PDF облику.',
        'sr-Latn': p.pdfAttached
          ? 'Račun je u prilogu, u PDF obliku.'
          : 'Račun možete preuzeti na portalu, u PDF obliku.',
        en: p.pdfAttached
          ? 'The bill is attached as a PDF.'
          : 'You can download the bill as a PDF on the portal.',
      }[locale],
    }),
  },
};
