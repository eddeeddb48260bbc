// The contracts module's e-mail: a contract linked by another account too, in Serbian Cyrillic (Latin is
// transliterated) and English. Registered with the mail module, queued with enqueueContractMail.
import { mailMoment } from '../mail/mail.format.js';
import { mailQueue } from '../mail/mail.service.js';
import type { MailTemplates } from '../mail/mail.templates.js';

declare module '../mail/mail.templates.js' {
  interface MailTemplateParams {
    /** a contract the user has linked was linked to another account too */
    contractLinkedElsewhere: {
      username: string;
      when: Date;
      /** the user's nicknames of the contract's metering points, or their addresses */
      meteringPoints: string;
      /** e.g. "******7891": enough for the holder to know it, little for anyone else */
      billingNumberMasked: string;
      contractsUrl: string;
    };
  }
}

export const contractMailTemplates: MailTemplates<'contractLinkedElsewhere'> = {
  // Anyone who knows a billing number and the holder's JMBG (or PIB and matični broj) can link the
  // contract: the accounts that already have it are told, so that a stranger does not watch unseen.
  contractLinkedElsewhere: {
    copy: {
      'sr-Cyrl': {
        subject: 'Ваш уговор је повезан и са другим налогом',
        preheader: 'Наплатни број {billingNumber} повезан је {when} са још једним налогом.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'уговор са наплатним бројем {billingNumber} ({meteringPoints}), који сте повезали са својим налогом на порталу {portal}, повезан је {when} и са још једним налогом. Тај налог сада види рачуне, стање, уплате и потрошњу тих мерних места.',
          },
          {
            p: 'Ако сте то били ви, или неко коме сте дали податке са уговора (на пример члан домаћинства), не морате ништа да радите.',
          },
          {
            p: 'Ако нисте, неко зна наплатни број и ЈМБГ (или ПИБ и матични број) са уговора. Обратите се корисничкој подршци ЕПС Снабдевања, наведите наплатни број и време из ове поруке и затражите да се тај налог уклони са уговора.',
          },
          { button: 'Моји уговори', href: '{contractsUrl}' },
        ],
      },
      en: {
        subject: 'Your contract was linked to another account too',
        preheader: 'Billing number {billingNumber} was linked to one more account on {when}.',
        blocks: [
          { p: 'Dear {username},' },
          {
            p: 'the contract with billing number {billingNumber} ({meteringPoints}), which you linked to your {portal} account, was also linked to another account on {when}. That account now sees the bills, balance, payments and consumption of those metering points.',
          },
          {
            p: 'If it was you, or someone you gave the contract details to (a member of your household, say), no action is needed.',
          },
          {
            p: 'If it was not, someone knows the billing number and the JMBG (or PIB and registration number) on the contract. Contact EPS Snabdevanje customer support, give them the billing number and the time in this message, and ask for that account to be removed from the contract.',
          },
          { button: 'My contracts', href: '{contractsUrl}' },
        ],
      },
    },
    values: (p, locale) => ({
      username: p.username,
      billingNumber: p.billingNumberMasked,
      meteringPoints: p.meteringPoints,
      when: mailMoment(p.when, locale),
      contractsUrl: p.contractsUrl,
    }),
  },
};

export const enqueueContractMail = mailQueue(contractMailTemplates);
