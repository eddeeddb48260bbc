// The words of the payment e-mails, in Serbian Cyrillic (Latin is transliterated) and English.
import type { MailTemplateParams, TemplateDefinition } from './mail.templates.js';
import { mailAmount } from './mail.copy-bills.js';

export const paymentCopy: {
  paymentConfirmation: TemplateDefinition<MailTemplateParams['paymentConfirmation']>;
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
    values: (p, locale) => ({
      username: p.username,
      orderNumber: p.orderNumber,
      card: p.card,
      approvalCode: p.approvalCode,
      amount: mailAmount(p.amount, locale),
      fee: mailAmount(p.fee, locale),
      charged: mailAmount(p.amount + p.fee, locale),
      items: p.items
        .map((item) => `${item.billNumber} (${item.meteringPoint}): ${mailAmount(item.amount, locale)}`)
        .join('; '),
      orderUrl: p.orderUrl,
    }),
  },
};
