// The reminders module's e-mail: a bill falls due soon, or today, and is not paid yet. Serbian Cyrillic
// (Latin is transliterated) and English, by the user's locale; every one carries a link that turns
// reminders off without logging in (and the RFC 8058 headers, set where it is queued).
import type { BillReminderKind } from '@portal/domain';
import { mailAmount, mailDate } from '../mail/mail.format.js';
import { mailBatchQueue } from '../mail/mail.service.js';
import type { MailTemplates } from '../mail/mail.templates.js';

declare module '../mail/mail.templates.js' {
  interface MailTemplateParams {
    /** an unpaid bill of a metering point the user follows falls due soon, or today */
    billReminder: {
      username: string;
      kind: BillReminderKind;
      /** the user's nickname of the metering point, or its address */
      meteringPoint: string;
      billNumber: string;
      /** what is still open of the bill's own amount, para */
      amountOpen: number;
      dueDate: string;
      /** days from today to the due date (0 on the due date) */
      daysLeft: number;
      /** the portal's pay page with this bill chosen (card or IPS QR) */
      payUrl: string;
      /** the portal's page that turns reminders off, with the signed token */
      unsubscribeUrl: string;
    };
  }
}

function dueWords(kind: BillReminderKind, daysLeft: number, dueDate: string) {
  if (kind === 'due_today')
    return { 'sr-Cyrl': 'данас, ' + dueDate, 'sr-Latn': 'danas, ' + dueDate, en: 'today, ' + dueDate };
  const days =
    daysLeft === 1 ? { sr: 'дан', lat: 'dan', en: 'day' } : { sr: 'дана', lat: 'dana', en: 'days' };
  return {
    'sr-Cyrl': `за ${daysLeft} ${days.sr}, ${dueDate}`,
    'sr-Latn': `za ${daysLeft} ${days.lat}, ${dueDate}`,
    en: `in ${daysLeft} ${days.en}, on ${dueDate}`,
  };
}

export const reminderMailTemplates: MailTemplates<'billReminder'> = {
  billReminder: {
    copy: {
      'sr-Cyrl': {
        subject: 'Подсетник: рачун за {meteringPoint} доспева {due}',
        preheader: 'Рачун {billNumber}, за уплату {amountOpen}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'рачун {billNumber} за {meteringPoint} доспева {due}. За уплату је остало {amountOpen}. Ако сте већ платили, занемарите ову поруку: уплата се на порталу види када је банка прокњижи.',
          },
          { button: 'Плати рачун', href: '{payUrl}' },
          { p: 'Не желите подсетнике? Искључите их једним кликом:' },
          { button: 'Искључи подсетнике', href: '{unsubscribeUrl}' },
          { note: 'Дан подсетника бирате у подешавањима налога.' },
        ],
      },
      en: {
        subject: 'Reminder: the bill for {meteringPoint} is due {due}',
        preheader: 'Bill {billNumber}, {amountOpen} to pay.',
        blocks: [
          { p: 'Dear {username},' },
          {
            p: 'bill {billNumber} for {meteringPoint} is due {due}. {amountOpen} is still to pay. If you have paid already, please ignore this message: a payment shows on the portal once the bank has booked it.',
          },
          { button: 'Pay the bill', href: '{payUrl}' },
          { p: 'No more reminders? Turn them off with one click:' },
          { button: 'Turn reminders off', href: '{unsubscribeUrl}' },
          { note: 'You choose when reminders come in your account settings.' },
        ],
      },
    },
    values: (p, locale) => ({
      username: p.username,
      meteringPoint: p.meteringPoint,
      billNumber: p.billNumber,
      amountOpen: mailAmount(p.amountOpen, locale),
      due: dueWords(p.kind, p.daysLeft, mailDate(p.dueDate, locale))[locale],
      payUrl: p.payUrl,
      unsubscribeUrl: p.unsubscribeUrl,
    }),
  },
};

export const enqueueReminderMails = mailBatchQueue(reminderMailTemplates);
