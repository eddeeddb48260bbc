// The notices module's e-mail: a new dunning notice, in Serbian Cyrillic (Latin is transliterated) and
// English. Registered with the mail module, queued with enqueueNoticeMail.
import type { BillCurrency, DunningNoticeKind } from '@portal/contract';
import { mailAmount, mailDate } from '../mail/mail.format.js';
import { mailQueue } from '../mail/mail.service.js';
import type { MailTemplates } from '../mail/mail.templates.js';

declare module '../mail/mail.templates.js' {
  interface MailTemplateParams {
    /** a dunning notice was issued for a metering point the user follows */
    newDunningNotice: {
      username: string;
      /** the user's nickname of the metering point, or its address */
      meteringPoint: string;
      kind: DunningNoticeKind;
      noticeNumber: string;
      debtDate: string;
      /** the debt the notice names, para */
      debtAmount: number;
      /** the currency of the metering point's bills (default RSD) */
      currency?: BillCurrency;
      deadline: string;
      /** the metering point's notices tab */
      noticesUrl: string;
      pdfAttached: boolean;
    };
  }
}

const kinds = {
  reminder_before_enforcement: {
    'sr-Cyrl': 'опомена пред утужење',
    'sr-Latn': 'opomena pred utuženje',
    en: 'reminder before enforcement',
  },
  warning_before_disconnection: {
    'sr-Cyrl': 'упозорење пред обуставу испоруке',
    'sr-Latn': 'upozorenje pred obustavu isporuke',
    en: 'warning before disconnection',
  },
};

const consequences = {
  reminder_before_enforcement: {
    'sr-Cyrl':
      'Ако дуг не измирите у року, снабдевач ће га наплатити у судском поступку (утужење), са трошковима поступка и затезном каматом.',
    'sr-Latn':
      'Ako dug ne izmirite u roku, snabdevač će ga naplatiti u sudskom postupku (utuženje), sa troškovima postupka i zateznom kamatom.',
    en: 'If the debt is not paid in time, the supplier will collect it in court (enforcement), with the costs of the proceedings and default interest.',
  },
  warning_before_disconnection: {
    'sr-Cyrl':
      'Ако дуг не измирите у року, после рока биће обустављена испорука електричне енергије, а трошкове обуставе и поновног прикључења сносићете Ви.',
    'sr-Latn':
      'Ako dug ne izmirite u roku, posle roka biće obustavljena isporuka električne energije, a troškove obustave i ponovnog priključenja snosićete Vi.',
    en: 'If the debt is not paid in time, the electricity supply will be disconnected after the deadline, and you will bear the costs of disconnection and reconnection.',
  },
};

export const noticeMailTemplates: MailTemplates<'newDunningNotice'> = {
  newDunningNotice: {
    copy: {
      'sr-Cyrl': {
        subject: '{kindTitle}: {meteringPoint}, рок {deadline}',
        preheader: 'Дуг {debtAmount}, рок за плаћање {deadline}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'снабдевач вам је за {meteringPoint} издао документ „{kindTitle}“ број {noticeNumber}: дуг на дан {debtDate} износи {debtAmount}. Платите га најкасније до {deadline}.',
          },
          { p: '{consequence}' },
          { p: '{attachmentNote}' },
          { button: 'Погледај и плати', href: '{noticesUrl}' },
          { note: 'Ако сте дуг већ платили, сматрајте ово обавештење беспредметним.' },
        ],
      },
      en: {
        subject: '{kindTitle}: {meteringPoint}, pay by {deadline}',
        preheader: 'Debt {debtAmount}, pay by {deadline}.',
        blocks: [
          { p: 'Dear {username},' },
          {
            p: 'the supplier has issued a {kind} (no. {noticeNumber}) for {meteringPoint}: the debt on {debtDate} is {debtAmount}. Please pay it by {deadline}.',
          },
          { p: '{consequence}' },
          { p: '{attachmentNote}' },
          { button: 'View and pay', href: '{noticesUrl}' },
          { note: 'If you have already paid the debt, please disregard this message.' },
        ],
      },
    },
    values: (p, locale) => {
      const kind = kinds[p.kind][locale];
      return {
        username: p.username,
        meteringPoint: p.meteringPoint,
        kind,
        kindTitle: kind.charAt(0).toUpperCase() + kind.slice(1),
        noticeNumber: p.noticeNumber,
        debtDate: mailDate(p.debtDate, locale),
        debtAmount: mailAmount(p.debtAmount, locale, p.currency),
        deadline: mailDate(p.deadline, locale),
        consequence: consequences[p.kind][locale],
        noticesUrl: p.noticesUrl,
        attachmentNote: {
          'sr-Cyrl': p.pdfAttached
            ? 'Документ је у прилогу, у PDF облику.'
            : 'Документ можете преузети на порталу, у PDF облику.',
          'sr-Latn': p.pdfAttached
            ? 'Dokument je u prilogu, u PDF obliku.'
            : 'Dokument možete preuzeti na portalu, u PDF obliku.',
          en: p.pdfAttached
            ? 'The notice is attached as a PDF.'
            : 'You can download the notice as a PDF on the portal.',
        }[locale],
      };
    },
  },
};

export const enqueueNoticeMail = mailQueue(noticeMailTemplates);
