// The complaints module's e-mail: the customer is told of each change of their complaint (filed, taken
// up, more information asked for, answered, closed), with support's text when there is one.
import type { ComplaintEventKind } from '@portal/contract';
import { mailDate } from '../mail/mail.format.js';
import { mailQueue } from '../mail/mail.service.js';
import type { MailTemplates } from '../mail/mail.templates.js';

/** The changes the customer is e-mailed about: every step but their own reply. */
export type ComplaintMailEvent = Exclude<ComplaintEventKind, 'customer_reply'>;

declare module '../mail/mail.templates.js' {
  interface MailTemplateParams {
    complaintUpdate: {
      username: string;
      /** P-000123 */
      number: string;
      event: ComplaintMailEvent;
      /** support's answer or question; empty when the step has none */
      text: string;
      /** the deadline for support's answer, 'YYYY-MM-DD' */
      answerDue: string;
      complaintUrl: string;
    };
  }
}

const what: Record<ComplaintMailEvent, { 'sr-Cyrl': string; 'sr-Latn': string; en: string }> = {
  filed: {
    'sr-Cyrl': 'примили смо ваш приговор. Одговорићемо вам најкасније до {answerDue}.',
    'sr-Latn': 'primili smo vaš prigovor. Odgovorićemo vam najkasnije do {answerDue}.',
    en: 'we have received your complaint. We will answer by {answerDue} at the latest.',
  },
  in_review: {
    'sr-Cyrl': 'ваш приговор је у обради.',
    'sr-Latn': 'vaš prigovor je u obradi.',
    en: 'your complaint is being reviewed.',
  },
  info_requested: {
    'sr-Cyrl': 'за решавање приговора потребно нам је још података. Одговорите на порталу:',
    'sr-Latn': 'za rešavanje prigovora potrebno nam je još podataka. Odgovorite na portalu:',
    en: 'we need more information to resolve your complaint. Please reply on the portal:',
  },
  answered: {
    'sr-Cyrl': 'одговорили смо на ваш приговор:',
    'sr-Latn': 'odgovorili smo na vaš prigovor:',
    en: 'we have answered your complaint:',
  },
  closed: {
    'sr-Cyrl': 'ваш приговор је затворен.',
    'sr-Latn': 'vaš prigovor je zatvoren.',
    en: 'your complaint has been closed.',
  },
};

export const complaintMailTemplates: MailTemplates<'complaintUpdate'> = {
  complaintUpdate: {
    copy: {
      'sr-Cyrl': {
        subject: 'Приговор {number}: {status}',
        preheader: 'Приговор {number}: {status}',
        blocks: [
          { p: 'Поштовани/а {username},' },
          { p: '{what} {text}' },
          { button: 'Погледај приговор', href: '{complaintUrl}' },
        ],
      },
      en: {
        subject: 'Complaint {number}: {status}',
        preheader: 'Complaint {number}: {status}',
        blocks: [
          { p: 'Dear {username},' },
          { p: '{what} {text}' },
          { button: 'View the complaint', href: '{complaintUrl}' },
        ],
      },
    },
    values: (p, locale) => {
      const answerDue = mailDate(p.answerDue, locale);
      return {
        username: p.username,
        number: p.number,
        status: {
          filed: { 'sr-Cyrl': 'примљен', 'sr-Latn': 'primljen', en: 'received' },
          in_review: { 'sr-Cyrl': 'у обради', 'sr-Latn': 'u obradi', en: 'in review' },
          info_requested: {
            'sr-Cyrl': 'потребни су подаци',
            'sr-Latn': 'potrebni su podaci',
            en: 'more information needed',
          },
          answered: { 'sr-Cyrl': 'одговорено', 'sr-Latn': 'odgovoreno', en: 'answered' },
          closed: { 'sr-Cyrl': 'затворен', 'sr-Latn': 'zatvoren', en: 'closed' },
        }[p.event][locale],
        what: what[p.event][locale].replace('{answerDue}', answerDue),
        text: p.text,
        complaintUrl: p.complaintUrl,
      };
    },
  },
};

export const enqueueComplaintMail = mailQueue(complaintMailTemplates);
