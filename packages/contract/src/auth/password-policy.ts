// The password rule, shared by the API (which enforces it) and the SPA (which shows every rule live
// while the user types). Pure TypeScript so the SPA bundle stays small: the list of common passwords
// lives only on the server and is passed in as `isCommon`.

/** The rules in the order the SPA lists them. */
export const passwordRules = [
  'minLength',
  'lowercase',
  'uppercase',
  'digit',
  'special',
  'notCommon',
  'notUsername',
  'notEmail',
] as const;

export type PasswordRule = (typeof passwordRules)[number];

/** Counted in Unicode code points, so "š" or "ж" is one character. */
export const passwordMinLength = 8;

/** Username and e-mail parts shorter than this are not looked for: "ab" would forbid too much. */
const minPersonalPartLength = 3;

export interface PasswordContext {
  username?: string | null;
  email?: string | null;
  /** the server's list of common passwords; the SPA leaves it out and that rule then passes */
  isCommon?: (password: string) => boolean;
}

export interface PasswordCheck {
  ok: boolean;
  /** the rules the password breaks, in the order of `passwordRules` */
  failed: PasswordRule[];
}

// \p{Lu}/\p{Ll} so that Serbian Cyrillic (Ж, ђ) and Latin letters with diacritics (Š, ć) count.
const lowercase = /\p{Ll}/u;
const uppercase = /\p{Lu}/u;
const digit = /\p{Nd}/u;
// Anything that is neither a letter nor a number, including a space (passphrases are welcome).
// Combining marks are not special: NFC has already merged them into their letter where possible.
const special = /[^\p{L}\p{M}\p{N}]/u;

const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase('und');

/** The part of an e-mail address before the last "@" (the whole value when there is none). */
export function emailLocalPart(email: string): string {
  const at = email.lastIndexOf('@');
  return at === -1 ? email : email.slice(0, at);
}

function containsPart(password: string, part: string | null | undefined): boolean {
  if (!part) return false;
  const folded = fold(part.trim());
  return Array.from(folded).length >= minPersonalPartLength && fold(password).includes(folded);
}

/** Checks every rule; `failed` lists the broken ones so a form can mark each rule separately. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordCheck {
  const normalized = password.normalize('NFC');
  const passes: Record<PasswordRule, boolean> = {
    minLength: Array.from(normalized).length >= passwordMinLength,
    lowercase: lowercase.test(normalized),
    uppercase: uppercase.test(normalized),
    digit: digit.test(normalized),
    special: special.test(normalized),
    notCommon: !(context.isCommon?.(normalized) ?? false),
    notUsername: !containsPart(normalized, context.username),
    notEmail: !containsPart(normalized, context.email ? emailLocalPart(context.email) : undefined),
  };
  const failed = passwordRules.filter((rule) => !passes[rule]);
  return { ok: failed.length === 0, failed };
}
