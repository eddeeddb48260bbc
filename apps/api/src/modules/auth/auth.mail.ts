// The accounts module's e-mails (verification, reset, changes of password and address), in Serbian
// Cyrillic (Latin is transliterated) and English. Registered with the mail module by auth.module.ts.
import { transliterateCyrillicToLatin, type Locale } from '@portal/contract';
import { mailMoment } from '../mail/mail.format.js';
import { mailQueue, type MailRequest } from '../mail/mail.service.js';
import type { MailTemplates } from '../mail/mail.templates.js';
import { mfaMailTemplates, type MfaMailTemplate } from './mfa.mail.js';

declare module '../mail/mail.templates.js' {
  interface MailTemplateParams {
    verificationCode: { username: string; code: string; minutesValid: number };
    /** someone tried to register with an address that already has an account */
    registrationAttempt: { resetUrl: string };
    passwordReset: { username: string; resetUrl: string; minutesValid: number };
    passwordChanged: { username: string; when: Date };
    emailChangeVerification: { username: string; code: string; minutesValid: number };
    /** sent to the old address */
    emailChanged: { username: string; newEmailMasked: string };
    /** someone registered with a new address but a username that is taken */
    usernameTaken: { username: string; registerUrl: string };
  }
}

type AuthMailTemplate =
  | 'verificationCode'
  | 'registrationAttempt'
  | 'passwordReset'
  | 'passwordChanged'
  | 'emailChangeVerification'
  | 'emailChanged'
  | 'usernameTaken';

/** A mail of one of the accounts module's templates (those of mfa.mail.ts included). */
export type AuthMailRequest = MailRequest<AuthMailTemplate | MfaMailTemplate>;

/** "15 минута" / "15 minuta" / "15 minutes"; Serbian says минут after 1, 21, 31... but not 11. */
function minutes(count: number, locale: Locale): string {
  if (locale === 'en') return `${count} ${count === 1 ? 'minute' : 'minutes'}`;
  const word = count % 10 === 1 && count % 100 !== 11 ? 'минут' : 'минута';
  const cyrillic = `${count} ${word}`;
  return locale === 'sr-Latn' ? transliterateCyrillicToLatin(cyrillic) : cyrillic;
}

const codeNote = {
  'sr-Cyrl': 'Запослени ЕПС Снабдевања вас никада неће питати за овај код. Не дајте га никоме.',
  en: 'EPS Snabdevanje staff will never ask you for this code. Do not share it with anyone.',
};

export const authMailTemplates: MailTemplates<AuthMailTemplate> = {
  verificationCode: {
    copy: {
      'sr-Cyrl': {
        subject: 'Код за потврду адресе е-поште',
        preheader: 'Ваш код за потврду је {code}. Важи {minutes}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          { p: 'да бисте потврдили адресу е-поште свог налога на порталу {portal}, унесите овај код:' },
          { code: '{code}' },
          {
            p: 'Код важи {minutes}. Ако нисте ви отворили налог, занемарите ову поруку: налог неће бити активиран.',
          },
          { note: codeNote['sr-Cyrl'] },
        ],
      },
      en: {
        subject: 'Your e-mail confirmation code',
        preheader: 'Your confirmation code is {code}. It is valid for {minutes}.',
        blocks: [
          { p: 'Dear {username},' },
          { p: 'to confirm the e-mail address of your {portal} account, enter this code:' },
          { code: '{code}' },
          {
            p: 'The code is valid for {minutes}. If you did not register, ignore this message: the account will not be activated.',
          },
          { note: codeNote.en },
        ],
      },
    },
    values: (p, locale) => ({ username: p.username, code: p.code, minutes: minutes(p.minutesValid, locale) }),
    devCode: (p) => p.code,
  },

  registrationAttempt: {
    copy: {
      'sr-Cyrl': {
        subject: 'Покушај регистрације са вашом адресом е-поште',
        preheader: 'Налог са овом адресом већ постоји. Не морате ништа да радите.',
        blocks: [
          { p: 'Поштовани/а,' },
          {
            p: 'неко је управо покушао да отвори налог на порталу {portal} са овом адресом е-поште. Налог са овом адресом већ постоји, па нови налог није отворен.',
          },
          { p: 'Ако то нисте били ви, не морате ништа да радите: ваш налог је безбедан.' },
          {
            p: 'Ако сте то били ви, пријавите се постојећим налогом или, ако сте заборавили лозинку, поставите нову:',
          },
          { button: 'Постави нову лозинку', href: '{resetUrl}' },
        ],
      },
      en: {
        subject: 'Someone tried to register with your e-mail address',
        preheader: 'An account with this address already exists. No action is needed.',
        blocks: [
          { p: 'Hello,' },
          {
            p: 'someone has just tried to open a {portal} account with this e-mail address. An account with this address already exists, so no new account was opened.',
          },
          { p: 'If it was not you, no action is needed: your account is safe.' },
          {
            p: 'If it was you, log in with your existing account or, if you have forgotten your password, set a new one:',
          },
          { button: 'Set a new password', href: '{resetUrl}' },
        ],
      },
    },
    values: (p) => ({ resetUrl: p.resetUrl }),
  },

  passwordReset: {
    copy: {
      'sr-Cyrl': {
        subject: 'Постављање нове лозинке',
        preheader: 'Веза за нову лозинку важи {minutes}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'примили смо захтев да се постави нова лозинка за ваш налог на порталу {portal}. Нову лозинку поставите овде:',
          },
          { button: 'Постави нову лозинку', href: '{resetUrl}' },
          { p: 'Веза важи {minutes} и може се употребити само једном.' },
          { p: 'Ако нисте ви тражили нову лозинку, занемарите ову поруку: ваша лозинка остаје иста.' },
        ],
      },
      en: {
        subject: 'Set a new password',
        preheader: 'The link for a new password is valid for {minutes}.',
        blocks: [
          { p: 'Dear {username},' },
          { p: 'we received a request to set a new password for your {portal} account. Set it here:' },
          { button: 'Set a new password', href: '{resetUrl}' },
          { p: 'The link is valid for {minutes} and can be used only once.' },
          { p: 'If you did not ask for a new password, ignore this message: your password stays the same.' },
        ],
      },
    },
    values: (p, locale) => ({
      username: p.username,
      resetUrl: p.resetUrl,
      minutes: minutes(p.minutesValid, locale),
    }),
  },

  passwordChanged: {
    copy: {
      'sr-Cyrl': {
        subject: 'Лозинка је промењена',
        preheader: 'Лозинка вашег налога промењена је {when}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          { p: 'лозинка вашег налога на порталу {portal} промењена је {when}.' },
          { p: 'Ако сте то били ви, не морате ништа да радите.' },
          {
            p: 'Ако нисте, неко можда зна вашу лозинку: одмах поставите нову преко везе „Заборављена лозинка“ на страници за пријаву и обратите се корисничкој подршци.',
          },
        ],
      },
      en: {
        subject: 'Your password was changed',
        preheader: 'The password of your account was changed on {when}.',
        blocks: [
          { p: 'Dear {username},' },
          { p: 'the password of your {portal} account was changed on {when}.' },
          { p: 'If it was you, no action is needed.' },
          {
            p: 'If it was not, someone may know your password: set a new one right away with “Forgot password” on the login page and contact customer support.',
          },
        ],
      },
    },
    values: (p, locale) => ({ username: p.username, when: mailMoment(p.when, locale) }),
  },

  emailChangeVerification: {
    copy: {
      'sr-Cyrl': {
        subject: 'Код за потврду нове адресе е-поште',
        preheader: 'Ваш код за потврду је {code}. Важи {minutes}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'да бисте ову адресу поставили као адресу е-поште свог налога на порталу {portal}, унесите овај код:',
          },
          { code: '{code}' },
          {
            p: 'Код важи {minutes}. Ако нисте ви тражили промену, занемарите ову поруку: адреса неће бити промењена.',
          },
          { note: codeNote['sr-Cyrl'] },
        ],
      },
      en: {
        subject: 'Confirm your new e-mail address',
        preheader: 'Your confirmation code is {code}. It is valid for {minutes}.',
        blocks: [
          { p: 'Dear {username},' },
          { p: 'to make this the e-mail address of your {portal} account, enter this code:' },
          { code: '{code}' },
          {
            p: 'The code is valid for {minutes}. If you did not ask for the change, ignore this message: the address will not be changed.',
          },
          { note: codeNote.en },
        ],
      },
    },
    values: (p, locale) => ({ username: p.username, code: p.code, minutes: minutes(p.minutesValid, locale) }),
    devCode: (p) => p.code,
  },

  emailChanged: {
    copy: {
      'sr-Cyrl': {
        subject: 'Адреса е-поште је промењена',
        preheader: 'Поруке портала од сада стижу на {newEmailMasked}.',
        blocks: [
          { p: 'Поштовани/а {username},' },
          {
            p: 'адреса е-поште вашег налога на порталу {portal} промењена је у {newEmailMasked}. Поруке портала од сада стижу на нову адресу, а ово је последња порука на ову.',
          },
          { p: 'Ако сте то били ви, не морате ништа да радите.' },
          { p: 'Ако нисте, одмах се обратите корисничкој подршци ЕПС Снабдевања.' },
        ],
      },
      en: {
        subject: 'Your e-mail address was changed',
        preheader: 'Messages from the portal now go to {newEmailMasked}.',
        blocks: [
          { p: 'Dear {username},' },
          {
            p: 'the e-mail address of your {portal} account was changed to {newEmailMasked}. Messages from the portal now go to the new address; this is the last one sent to this address.',
          },
          { p: 'If it was you, no action is needed.' },
          { p: 'If it was not, contact EPS Snabdevanje customer support right away.' },
        ],
      },
    },
    values: (p) => ({ username: p.username, newEmailMasked: p.newEmailMasked }),
  },
  usernameTaken: {
    copy: {
      'sr-Cyrl': {
        subject: 'Корисничко име је заузето',
        preheader: 'Налог није отворен. Изаберите друго корисничко име.',
        blocks: [
          { p: 'Поштовани/а,' },
          {
            p: 'са овом адресом е-поште управо је покушана регистрација на порталу {portal} са корисничким именом „{username}“. То корисничко име већ користи други налог, па нови налог није отворен.',
          },
          { p: 'Ако сте то били ви, региструјте се поново са другим корисничким именом:' },
          { button: 'Региструј се', href: '{registerUrl}' },
          { p: 'Ако то нисте били ви, не морате ништа да радите.' },
        ],
      },
      en: {
        subject: 'That username is taken',
        preheader: 'No account was opened. Please choose another username.',
        blocks: [
          { p: 'Hello,' },
          {
            p: 'someone has just tried to register a {portal} account with this e-mail address and the username "{username}". That username is already used by another account, so no account was opened.',
          },
          { p: 'If it was you, please register again with another username:' },
          { button: 'Register', href: '{registerUrl}' },
          { p: 'If it was not you, no action is needed.' },
        ],
      },
    },
    values: (p) => ({ username: p.username, registerUrl: p.registerUrl }),
  },
};

/** Queues an accounts mail in the caller's transaction (the module itself sends through app.mail.enqueue). */
export const enqueueAuthMail = mailQueue({ ...authMailTemplates, ...mfaMailTemplates });
