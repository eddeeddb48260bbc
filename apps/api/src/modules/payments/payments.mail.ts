// The payments module's e-mails: a card payment approved, and one approved after its bills had been
// paid some other way, in Serbian Cyrillic (Latin is transliterated) and English. Registered with the
// mail module, queued with enqueuePaymentMail.
import type { Locale } from '@portal/contract';
import { mailAmount } from '../mail/mail.format.js';
import { mailQueue } from '../mail/mail.service.js';
import type { MailTemplates } from '../mail/mail.templates.js';

/** a card payment through the portal was approved */
interface Confirmation {
  username: string;
  orderNumber: string;
  /** brand and masked number, e.g. "Visa 4111 **** **** 1111" */
  card: string;
  approvalCode: string;
  /** credited to the bills, para */
  amount: number;
  /** the gateway's fee, para */
  fee: number;
  /** what was booked: a bill by its number, or (null) the interest and other debt beyond bills */
  items: { billNumber: string | null; meteringPoint: string; amount: number }[];
  orderUrl: string;
}

declare module '../mail/mail.templates.js' {
  interface MailTemplateParams {
    paymentConfirmation: Confirmation;
    /**
     * a card payment was approved after its bills had been settled (in part) some other way: what the
     * bills still owed was booked on them, the rest stays as credit on the metering points
     */
    paymentSurplus: Confirmation & {
      /** the surplus credited to each metering point, para */
      credits: { meteringPoint: string; amount: number }[];
    };
  }
}

/** How the mails name a debt beyond bills (sr-Latn is transliterated from the Cyrillic). */
const otherDebt = (locale: Locale) => (locale === 'en' ? 'interest and other debt' : 'камата и остали дуг');

/** The values both payment mails share. */
const confirmationValues = (p: Confirmation, locale: Locale) => ({
  username: p.username,
  orderNumber: p.orderNumber,
  card: p.card,
  approvalCode: p.approvalCode,
  amount: mailAmount(p.amount, locale),
  fee: mailAmount(p.fee, locale),
  charged: mailAmount(p.amount + p.fee, locale),
  items:
    p.items
      .map(
        (item) =>
          `${item.billNumber ?? otherDebt(locale)} (${item.meteringPoint}): ${mailAmount(item.amount, locale)}`,
      )
      .join('; ') || '—',
  orderUrl: p.orderUrl,
});

export const paymentMailTemplates: MailTemplates<'paymentConfirmation' | 'paymentSurplus'> = {
  paymentConfirmation: {
    copy: {
      'sr-Cyrl': {
        subject: 'Плаћање {orderNumber} је успело: {charged}',
        preheader: 'Платили сте {amount} картицом {card}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'примили смо ваше плаћање картицом {card} (одобрење {approvalCode}) у износу од {charged}, од чега {amount} за рачуне и {fee} накнада.',
          },
          { p: 'Плаћено: {items}.' },
          {
            p: 'Стање на порталу је већ умањено. Плаћање ће обрачунски систем потврдити при следећем преузимању података, обично следећег радног дана.',
          },
          { button: 'Погледај потврду о плаћању', href: '{orderUrl}' },
          { note: 'Ако ово плаћање нисте ви извршили, одмах позовите своју банку и нас.' },
        ],
      },
      en: {
        subject: 'Payment {orderNumber} succeeded: {charged}',
        preheader: 'You paid {amount} with card {card}.',
        blocks: [
          { p: 'Dear {username},' },
          {
            p: 'we received your card payment with {card} (approval {approvalCode}) of {charged}: {amount} for bills and {fee} fee.',
          },
          { p: 'Paid: {items}.' },
          {
            p: 'Your balance on the portal already shows it. The billing system confirms the payment at its next data exchange, usually the next working day.',
          },
          { button: 'View the payment receipt', href: '{orderUrl}' },
          { note: 'If you did not make this payment, call your bank and us at once.' },
        ],
      },
    },
    values: confirmationValues,
  },
  paymentSurplus: {
    copy: {
      'sr-Cyrl': {
        subject: 'Плаћање {orderNumber}: {surplus} остаје у вашу корист',
        preheader: 'Рачуни су у међувремену већ били плаћени; преплата {surplus} остаје као кредит.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'примили смо ваше плаћање картицом {card} (одобрење {approvalCode}) у износу од {charged}. Рачуни из овог плаћања су у међувремену већ били плаћени, у целини или делом, па смо на њих прокњижили само оно што је још било дуговано.',
          },
          { p: 'Прокњижено на рачуне: {items}.' },
          {
            p: 'Преплата од {surplus} остаје на мерном месту као кредит у вашу корист: {credits}. Урачунаће се у следеће рачуне. Ако желите да вам новац вратимо, јавите нам се и наведите број плаћања {orderNumber}.',
          },
          { button: 'Погледај плаћање', href: '{orderUrl}' },
          { note: 'Ако ово плаћање нисте ви извршили, одмах позовите своју банку и нас.' },
        ],
      },
      en: {
        subject: 'Payment {orderNumber}: {surplus} kept as credit for you',
        preheader: 'The bills had already been paid meanwhile; the surplus of {surplus} is kept as credit.',
        blocks: [
          { p: 'Dear {username},' },
          {
            p: 'we received your card payment with {card} (approval {approvalCode}) of {charged}. The bills of this payment had meanwhile been paid, in full or in part, so we booked on them only what they still owed.',
          },
          { p: 'Booked on bills: {items}.' },
          {
            p: 'The surplus of {surplus} stays on the metering point as credit in your favour: {credits}. It will count towards your next bills. If you would like it refunded, contact us and quote payment {orderNumber}.',
          },
          { button: 'View the payment', href: '{orderUrl}' },
          { note: 'If you did not make this payment, call your bank and us at once.' },
        ],
      },
    },
    values: (p, locale) => ({
      ...confirmationValues(p, locale),
      surplus: mailAmount(
        p.credits.reduce((sum, credit) => sum + credit.amount, 0),
        locale,
      ),
      credits: p.credits
        .map((credit) => `${credit.meteringPoint}: ${mailAmount(credit.amount, locale)}`)
        .join('; '),
    }),
  },
};

export const enqueuePaymentMail = mailQueue(paymentMailTemplates);
