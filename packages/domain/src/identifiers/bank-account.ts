// Serbian bank account: 3 digits of bank, 13 of account, 2 control digits; the whole number mod 97 is 1.
import { mod97, mod97Control } from './mod97.js';

/** "840-955845-10" -> "840000000095584510": the middle part padded to 13 digits. */
export function normalizeBankAccount(value: string): string {
  const compact = value.replace(/\s/g, '');
  const printed = /^(\d{3})-(\d{1,13})-(\d{2})$/.exec(compact);
  return printed ? printed[1]! + printed[2]!.padStart(13, '0') + printed[3]! : compact;
}

/**
 * 18 digits (or the printed form) whose value mod 97 is 1 and whose control digits NBS could have issued:
 * the control is 98 - (first 16 digits x 100 mod 97), so it lies between 02 and 98 (DOMAIN.md). Mod 97
 * alone also lets 00, 01 and 99 through (they are 97, 98 and 2 again mod 97), which no bank issues.
 */
export function isValidBankAccount(value: string): boolean {
  const account = normalizeBankAccount(value);
  if (!/^\d{18}$/.test(account)) return false;
  const control = Number(account.slice(16));
  return control >= 2 && control <= 98 && mod97(account) === 1;
}

/** The control digits for bank + account (16 digits), for generated demo accounts. */
export function bankAccountControl(first16: string): string {
  if (!/^\d{16}$/.test(first16)) throw new Error('bankAccountControl needs 16 digits');
  return mod97Control(first16);
}
