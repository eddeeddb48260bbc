// The e-mails that tell the owner their two-factor login was turned on or off. Anyone holding a session
// can turn it on (it then locks the owner out of new logins), and turning it off weakens the account:
// either way the owner hears of it at once, as for a changed password.
import { mailMoment } from '../mail/mail.format.js';
import type { MailTemplates } from '../mail/mail.templates.js';

declare module '../mail/mail.templates.js' {
  interface MailTemplateParams {
    twoFactorEnabled: { username: string; when: Date };
    twoFactorDisabled: { username: string; when: Date };
  }
}

export type MfaMailTemplate = 'twoFactorEnabled' | 'twoFactorDisabled';

const notYou = {
  'sr-Cyrl':
    'Ако то нисте били ви, неко можда има приступ вашем налогу: одмах промените лозинку и обратите се корисничкој подршци.',
  en: 'If it was not you, someone may have access to your account: change your password right away and contact customer support.',
};

export const mfaMailTemplates: MailTemplates<MfaMailTemplate> = {
  twoFactorEnabled: {
    copy: {
      'sr-Cyrl': {
        subject: 'Двофакторска пријава је укључена',
        preheader: 'Двофакторска пријава вашег налога укључена је {when}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'двофакторска пријава вашег налога на порталу {portal} укључена је {when}. Од сада пријава тражи и код из апликације за потврду идентитета.',
          },
          { p: 'Кодове за опоравак чувајте на сигурном месту, одвојено од телефона.' },
          { p: notYou['sr-Cyrl'] },
        ],
      },
      en: {
        subject: 'Two-factor login is on',
        preheader: 'Two-factor login for your account was turned on on {when}.',
        blocks: [
          { p: 'Dear {username},' },
          {
            p: 'two-factor login for your {portal} account was turned on on {when}. From now on, logging in also asks for a code from your authenticator app.',
          },
          { p: 'Keep your recovery codes somewhere safe, away from your phone.' },
          { p: notYou.en },
        ],
      },
    },
    values: (p, locale) => ({ username: p.username, when: mailMoment(p.when, locale) }),
  },

  twoFactorDisabled: {
    copy: {
      'sr-Cyrl': {
        subject: 'Двофакторска пријава је искључена',
        preheader: 'Двофакторска пријава вашег налога искључена је {when}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'двофакторска пријава вашег налога на порталу {portal} искључена је {when}. Пријава сада тражи само лозинку; ранији кодови за опоравак више не важе.',
          },
          { p: notYou['sr-Cyrl'] },
        ],
      },
      en: {
        subject: 'Two-factor login is off',
        preheader: 'Two-factor login for your account was turned off on {when}.',
        blocks: [
          { p: 'Dear {username},' },
          {
            p: 'two-factor login for your {portal} account was turned off on {when}. Logging in now asks only for the password; the old recovery codes no longer work.',
          },
          { p: notYou.en },
        ],
      },
    },
    values: (p, locale) => ({ username: p.username, when: mailMoment(p.when, locale) }),
  },
};
