// The bills module's e-mail: a new bill, in Serbian Cyrillic (Latin is transliterated) and English. The
// module registers the template with the mail module and queues it with enqueueBillMail.
import { mailAmount, mailDate } from '../mail/mail.format.js';
import { mailQueue } from '../mail/mail.service.js';
import type { MailTemplates } from '../mail/mail.templates.js';

declare module '../mail/mail.templates.js' {
  interface MailTemplateParams {
    /** a bill was issued for a metering point the user follows */
    newBill: {
      username: string;
      /** the user's nickname of the metering point, or its address */
      meteringPoint: string;
      billNumber: string;
      periodStart: string;
      periodEnd: string;
      /** the bill's own amount, para */
      amount: number;
      /** the printed total to pay, para */
      totalToPay: number;
      dueDate: string;
      billUrl: string;
      pdfAttached: boolean;
    };
  }
}

export const billMailTemplates: MailTemplates<'newBill'> = {
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

export const enqueueBillMail = mailQueue(billMailTemplates);
