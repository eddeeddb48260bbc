import { locales, type Locale } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import {
  codeOf,
  isMailTemplate,
  mailTemplateNames,
  mailTemplates,
  renderMail,
} from '../../testing/mail-templates.js';
import { escapeHtml } from './mail.layout.js';
import type { MailTemplate, MailTemplateParams } from './mail.templates.js';

const hostile = `<b>"Ана" & 'Јован'</b>`;

/** Parameters for every template; `hostile` wherever free text goes, to check the escaping. */
const samples: { [K in MailTemplate]: MailTemplateParams[K] } = {
  verificationCode: { username: hostile, code: '482913', minutesValid: 15 },
  registrationAttempt: { resetUrl: 'https://portal.example.rs/forgot-password?a=1&b=2' },
  passwordReset: {
    username: hostile,
    resetUrl: 'https://portal.example.rs/reset?token=abc&x=1',
    minutesValid: 60,
  },
  passwordChanged: { username: hostile, when: new Date('2026-03-14T09:05:00Z') },
  twoFactorEnabled: { username: hostile, when: new Date('2026-03-14T09:05:00Z') },
  twoFactorDisabled: { username: hostile, when: new Date('2026-03-14T09:05:00Z') },
  emailChangeVerification: { username: hostile, code: '705118', minutesValid: 21 },
  emailChanged: { username: hostile, newEmailMasked: 'm***o@<example>.rs' },
  usernameTaken: { username: hostile, registerUrl: 'https://portal.example.rs/register?a=1&b=2' },
  newBill: {
    username: hostile,
    meteringPoint: hostile,
    billNumber: '2610-1290611509',
    periodStart: '2026-09-29',
    periodEnd: '2026-10-31',
    amount: 814_198,
    totalToPay: 830_799,
    dueDate: '2026-11-27',
    billUrl: 'https://portal.example.rs/bills/1?a=1&b=2',
    pdfAttached: true,
  },
  contractLinkedElsewhere: {
    username: hostile,
    when: new Date('2026-03-14T09:05:00Z'),
    meteringPoints: hostile,
    billingNumberMasked: '******7891',
    contractsUrl: 'https://portal.example.rs/contracts?a=1&b=2',
  },
  newDunningNotice: {
    username: hostile,
    meteringPoint: hostile,
    kind: 'warning_before_disconnection',
    noticeNumber: 'UO-20261101-1234567',
    debtDate: '2026-10-31',
    debtAmount: 1_250_000,
    deadline: '2026-11-16',
    noticesUrl: 'https://portal.example.rs/metering-points/1?tab=notices&a=1',
    pdfAttached: false,
  },
  customerNews: {
    kind: 'outage',
    titleSrCyrl: hostile,
    titleEn: hostile,
    bodySrCyrl: hostile,
    bodyEn: hostile,
    overviewUrl: 'https://portal.example.rs/?a=1&b=2',
    accountUrl: 'https://portal.example.rs/account',
  },
  paymentConfirmation: {
    username: hostile,
    orderNumber: '100042',
    card: 'Visa 4111 **** **** 1111',
    approvalCode: 'A1B2C3',
    amount: 1_250_000,
    fee: 0,
    items: [{ billNumber: '2610-1290611509', meteringPoint: hostile, amount: 1_250_000 }],
    orderUrl: 'https://portal.example.rs/payments/orders/1?a=1&b=2',
  },
  paymentSurplus: {
    username: hostile,
    orderNumber: '100043',
    card: 'Visa 4111 **** **** 1111',
    approvalCode: 'A1B2C3',
    amount: 1_250_000,
    fee: 0,
    items: [],
    credits: [{ meteringPoint: hostile, amount: 1_250_000 }],
    orderUrl: 'https://portal.example.rs/payments/orders/2?a=1&b=2',
  },
  complaintUpdate: {
    username: hostile,
    number: 'P-000042',
    event: 'answered',
    text: hostile,
    answerDue: '2026-12-15',
    complaintUrl: 'https://portal.example.rs/complaints/1?a=1&b=2',
  },
  billReminder: {
    username: hostile,
    kind: 'before_due',
    meteringPoint: hostile,
    billNumber: '2610-1290611509',
    amountOpen: 814_198,
    dueDate: '2026-11-27',
    daysLeft: 3,
    payUrl: 'https://portal.example.rs/pay?billIds=1&a=2',
    unsubscribeUrl: 'https://portal.example.rs/reminders/unsubscribe?token=x.y&a=1',
  },
};

const cyrillic = /[\u0400-\u04FF]/;

function render(template: MailTemplate, locale: Locale) {
  return renderMail(template, locale, samples[template] as never);
}

describe('mail templates', () => {
  it('are all named, and only those', () => {
    expect(mailTemplateNames.sort()).toEqual(Object.keys(samples).sort());
    expect(isMailTemplate('passwordReset')).toBe(true);
    expect(isMailTemplate('toString')).toBe(false);
  });

  for (const template of mailTemplateNames) {
    for (const locale of locales) {
      describe(`${template} in ${locale}`, () => {
        const mail = render(template, locale);

        it('has a subject, a text and an HTML version with the brand', () => {
          expect(mail.subject.trim()).not.toBe('');
          expect(mail.text.trim()).not.toBe('');
          expect(mail.html).toMatch(/^<!DOCTYPE html>/);
          expect(mail.html).toContain(`<html lang="${locale}">`);
          expect(mail.html).toContain('#0b4f8a');
          const portal = { 'sr-Cyrl': 'Увид у рачун', 'sr-Latn': 'Uvid u račun', en: 'Bill Insight' }[locale];
          expect(mail.subject).toContain(portal);
          expect(mail.text).toContain(portal);
          expect(mail.html).toContain(portal);
          expect(mail.text).toMatch(/EPS Snabdevanje|ЕПС Снабдевање/);
          expect(mail.text + mail.html).not.toMatch(/\{\w+\}/);
        });

        it('escapes every parameter in the HTML and keeps it as is in the text', () => {
          expect(mail.html).not.toContain('<b>');
          expect(mail.html).not.toContain('<example>');
          if ('username' in samples[template]) {
            expect(mail.html).toContain(escapeHtml(hostile));
            expect(mail.text).toContain(hostile);
          }
          if ('resetUrl' in samples[template]) {
            const url = (samples[template] as { resetUrl: string }).resetUrl;
            expect(mail.text).toContain(url);
            expect(mail.html).toContain(`href="${escapeHtml(url)}"`);
          }
        });

        const code = codeOf(template, samples[template] as never);
        if (code) {
          it('shows the code in the text and the HTML', () => {
            expect(mail.text).toContain(code);
            expect(mail.html).toContain(code);
          });
        }

        if (locale !== 'sr-Cyrl') {
          it('has no Cyrillic letter outside the parameters', () => {
            const withoutParams = (s: string) =>
              s.replaceAll(hostile, '').replaceAll(escapeHtml(hostile), '');
            expect(withoutParams(mail.subject)).not.toMatch(cyrillic);
            expect(withoutParams(mail.text)).not.toMatch(cyrillic);
            expect(withoutParams(mail.html)).not.toMatch(cyrillic);
          });
        }
      });
    }
  }

  it('sr-Latn is the Cyrillic text transliterated, Latin parameters untouched', () => {
    const mail = mailTemplates.verificationCode('sr-Latn', {
      username: 'Đorđe',
      code: '123456',
      minutesValid: 15,
    });
    expect(mail.subject).toBe('Kod za potvrdu adrese e-pošte — Uvid u račun');
    expect(mail.text).toContain('Poštovani/a Đorđe,');
    expect(mail.text).toContain('15 minuta');
    expect(mail.text).not.toMatch(cyrillic);
  });

  it('says minutes the Serbian way', () => {
    const minutes = (n: number) =>
      renderMail('passwordReset', 'sr-Cyrl', { username: 'u', resetUrl: 'https://x.rs/r', minutesValid: n })
        .text;
    expect(minutes(1)).toContain('1 минут ');
    expect(minutes(21)).toContain('21 минут ');
    expect(minutes(11)).toContain('11 минута');
    expect(minutes(15)).toContain('15 минута');
    expect(
      mailTemplates.passwordReset('en', { username: 'u', resetUrl: 'https://x.rs/r', minutesValid: 1 }).text,
    ).toContain('1 minute ');
  });

  it('gives the time of a password change in Belgrade time', () => {
    const mail = mailTemplates.passwordChanged('en', {
      username: 'u',
      when: new Date('2026-07-01T10:30:00Z'),
    });
    expect(mail.text).toContain('12:30');
  });

  it('refuses links that are not http(s) and missing parameters', () => {
    expect(() => mailTemplates.registrationAttempt('en', { resetUrl: 'javascript:alert(1)' })).toThrow(
      /http/,
    );
    expect(() => renderMail('passwordReset', 'en', { username: 'u' } as never)).toThrow(/resetUrl/);
  });

  it('the code of the verification templates only', () => {
    expect(codeOf('verificationCode', samples.verificationCode)).toBe('482913');
    expect(codeOf('emailChangeVerification', samples.emailChangeVerification)).toBe('705118');
    expect(codeOf('passwordReset', samples.passwordReset)).toBeUndefined();
  });
});
