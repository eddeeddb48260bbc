// Serbian bank account: 3 digits of bank, 13 of account, 2 control digits; the whole number mod 97 is 1.
import { mod97, mod97Control } from './mod97.js';

/** "840-955845-10" -> "840000000095584510": the middle part padded to 13 digits. */
export function normalizeBankAccount(value: string): string {
  const compact = value.replace(/\s/g, '');
  const printed = /^(\d{3})-(\d{1,13})-(\d{2})$/.exec(compact);
  return printed ? printed[1]! + printed[2]!.padStart(13, '0') + printed[3]! : compact;
}

/** 18 digits (or the printed form) whose value mod 97 is 1. */
export function isValidBankAccount(value: string): boolean {
  const account = normalizeBankAccount(value);
  return /^\d{18}$/.test(account) && mod97(account) === 1;
}

/** The control digits for bank + account (16 digits), for generated demo accounts. */
export function bankAccountControl(first16: string): string {
  if (!/^\d{16}$/.test(first16)) throw new Error('bankAccountControl needs 16 digits');
  return mod97Control(first16);
}
