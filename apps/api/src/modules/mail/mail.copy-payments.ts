// The words of the payment e-mails, in Serbian Cyrillic (Latin is transliterated) and English.
import type { Locale } from '@portal/contract';
import type { MailTemplateParams, TemplateDefinition } from './mail.templates.js';
import { mailAmount } from './mail.copy-bills.js';

type Confirmation = MailTemplateParams['paymentConfirmation'];

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
      .map((item) => `${item.billNumber} (${item.meteringPoint}): ${mailAmount(item.amount, locale)}`)
      .join('; ') || '—',
  orderUrl: p.orderUrl,
});

export const paymentCopy: {
  paymentConfirmation: TemplateDefinition<Confirmation>;
  paymentSurplus: TemplateDefinition<MailTemplateParams['paymentSurplus']>;
} = {
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
