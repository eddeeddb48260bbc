import { transliterateCyrillicToLatin, type Locale } from '../i18n/index.js';
import { passwordMinLength, type PasswordRule } from './password-policy.js';

// Labels of the password rules as the SPA lists them under the password field ("at least …"), and
// as the API names the broken ones. sr-Latn is made from sr-Cyrl, never written by hand.
const source: Record<Exclude<Locale, 'sr-Latn'>, Record<PasswordRule, string>> = {
  'sr-Cyrl': {
    minLength: `Најмање ${passwordMinLength} знакова`,
    lowercase: 'Бар једно мало слово',
    uppercase: 'Бар једно велико слово',
    digit: 'Бар једна цифра',
    special: 'Бар један посебан знак (нпр. ! # % -)',
    notCommon: 'Није међу најчешће коришћеним лозинкама',
    notUsername: 'Не садржи корисничко име',
    notEmail: 'Не садржи део адресе е-поште испред знака @',
  },
  en: {
    minLength: `At least ${passwordMinLength} characters`,
    lowercase: 'At least one lower-case letter',
    uppercase: 'At least one upper-case letter',
    digit: 'At least one digit',
    special: 'At least one special character (e.g. ! # % -)',
    notCommon: 'Not one of the most common passwords',
    notUsername: 'Does not contain the username',
    notEmail: 'Does not contain the part of the e-mail address before the @',
  },
};

const messages: Readonly<Record<Locale, Readonly<Record<PasswordRule, string>>>> = {
  'sr-Cyrl': source['sr-Cyrl'],
  'sr-Latn': Object.fromEntries(
    Object.entries(source['sr-Cyrl']).map(([rule, text]) => [rule, transliterateCyrillicToLatin(text)]),
  ) as Record<PasswordRule, string>,
  en: source.en,
};

/** The label of every password rule in `locale`. */
export function passwordRuleMessages(locale: Locale): Readonly<Record<PasswordRule, string>> {
  return messages[locale];
}
