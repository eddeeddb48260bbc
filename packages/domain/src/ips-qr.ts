// The NBS IPS QR payload of a printed bill ("IPS skeniraj"): TAG:value pairs joined by "|" (NBS decision
// on instant transfers, Prilog 1; nbs.rs/QRcode). Every rule is checked here, because a payload that
// breaks one is refused by the payer's banking app, long after the bill was printed.
import { DomainError } from './domain-error.js';
import { isValidBankAccount, normalizeBankAccount } from './identifiers/bank-account.js';
import { isValidModel97Reference } from './identifiers/model97.js';
import { formatIpsAmount, type Para } from './money.js';

export type IpsQrErrorCode =
  | 'PAYEE_ACCOUNT_FORMAT'
  | 'PAYEE_ACCOUNT_CHECKSUM'
  | 'PAYEE_NAME'
  | 'AMOUNT'
  | 'PAYMENT_CODE'
  | 'PURPOSE'
  | 'REFERENCE_FORMAT'
  | 'REFERENCE_CHECKSUM'
  | 'FORBIDDEN_CHARACTER';

export class IpsQrError extends DomainError<IpsQrErrorCode> {}

export interface IpsQrBill {
  /** 18 digits, or the printed form "845-404849-87" */
  payeeAccount: string;
  payeeName: string;
  payeeAddress?: string;
  /** para, RSD 0.01 .. 999 999 999 999.99 */
  amount: Para;
  /** SF: three digits, the first 1 (cash) or 2 (non-cash); EPS uses 189 */
  paymentCode: string;
  payerName?: string;
  payerAddress?: string;
  /** S: purpose of the payment */
  purpose?: string;
  /** RO: model + reference, printed ("97 16-3220000111111111000") or compact */
  reference?: string;
}

export const ipsQrLimits = {
  name: 70,
  payer: 70,
  purpose: 35,
  reference: 25,
  minAmount: 1,
  maxAmount: 99_999_999_999_999,
} as const;

/** NBS counts characters, not bytes: "Č" is one. */
const length = (text: string) => Array.from(text).length;

function fail(code: IpsQrErrorCode, message: string): never {
  throw new IpsQrError(code, message);
}

/**
 * One free-text value, trimmed. "|" would end the tag early and a line break is only allowed as the
 * separator between a name and its address, so both are refused inside a part.
 */
function text(value: string | undefined, field: string): string {
  const trimmed = (value ?? '').trim();
  if (/[|\r\n]/.test(trimmed)) fail('FORBIDDEN_CHARACTER', `${field} contains "|" or a line break`);
  return trimmed;
}

/**
 * `value` in at most `max` characters: whole when it fits, else cut at the last space that leaves it
 * within `max` (a name cut mid-word, "ПЕТРОВИ", reads as another name); '' when not even the first word
 * fits. Separators left at the end (", ") are dropped.
 */
export function cutAtWord(value: string, max: number): string {
  const chars = Array.from(value.trim());
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max + 1).join('');
  // the last place where a word ends: before a space, a comma or a semicolon
  const end = head.search(/[\s,;][^\s,;]*$/);
  return end > 0 ? head.slice(0, end).replace(/[\s,;]+$/, '') : '';
}

/**
 * The payer (P:) in the field's 70 characters, name and address on two lines: the name first (it is what
 * the payer's bank shows), the address in what is left, each cut at a word only when it does not fit. A
 * name that is one word longer than 70 is the one thing cut inside a word; an address whose first word
 * does not fit is left out.
 */
export function fitIpsPayer(name: string, address: string): { name: string; address: string } {
  const max = ipsQrLimits.payer;
  const fittedName = cutAtWord(name, max) || Array.from(name.trim()).slice(0, max).join('');
  const room = max - length(fittedName) - 1;
  return { name: fittedName, address: room > 0 ? cutAtWord(address, room) : '' };
}

/** A name with its address on a second line, as the N: and P: tags want it. */
function nameAndAddress(name: string, address: string): string {
  return address ? `${name}\n${address}` : name;
}

function payeeAccount(value: string): string {
  const account = normalizeBankAccount(value);
  if (!/^\d{18}$/.test(account)) fail('PAYEE_ACCOUNT_FORMAT', `payee account "${value}" is not 18 digits`);
  if (!isValidBankAccount(account)) {
    fail('PAYEE_ACCOUNT_CHECKSUM', `payee account "${value}" fails the mod 97 check`);
  }
  return account;
}

function reference(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  if (!/^\d{2}[0-9A-Z]+$/.test(compact) || compact.length > ipsQrLimits.reference) {
    fail('REFERENCE_FORMAT', `reference "${value}" is not a model and a reference of at most 25 characters`);
  }
  // Only model 97 carries control digits; other models (00, 11 ...) are passed on as they are.
  if (compact.startsWith('97') && !isValidModel97Reference(compact.slice(2))) {
    fail('REFERENCE_CHECKSUM', `reference "${value}" fails the model 97 check`);
  }
  return compact;
}

/** The payload to encode in the QR code; throws IpsQrError naming the first broken rule. */
export function buildIpsQrPayload(bill: IpsQrBill): string {
  const account = payeeAccount(bill.payeeAccount);

  const payeeName = text(bill.payeeName, 'payee name');
  const payee = nameAndAddress(payeeName, text(bill.payeeAddress, 'payee address'));
  if (!payeeName || length(payee) > ipsQrLimits.name) {
    fail('PAYEE_NAME', `payee name and address must have 1 to ${ipsQrLimits.name} characters`);
  }

  if (
    !Number.isSafeInteger(bill.amount) ||
    bill.amount < ipsQrLimits.minAmount ||
    bill.amount > ipsQrLimits.maxAmount
  ) {
    fail('AMOUNT', `amount ${bill.amount} para is outside RSD 0,01 .. 999999999999,99`);
  }

  if (!/^[12]\d{2}$/.test(bill.paymentCode)) {
    fail('PAYMENT_CODE', `payment code "${bill.paymentCode}" is not 3 digits starting with 1 or 2`);
  }

  // The payer is information for the payer's bank, not a condition of the payment: a long name or
  // address is shortened at a word rather than refused.
  const fitted = fitIpsPayer(text(bill.payerName, 'payer name'), text(bill.payerAddress, 'payer address'));
  const payer = nameAndAddress(fitted.name, fitted.address);

  const purpose = text(bill.purpose, 'purpose');
  if (length(purpose) > ipsQrLimits.purpose) {
    fail('PURPOSE', `purpose must have at most ${ipsQrLimits.purpose} characters`);
  }

  // Optional tags are left out when empty: "|S:|" is invalid.
  const tags: [string, string][] = [
    ['K', 'PR'],
    ['V', '01'],
    ['C', '1'],
    ['R', account],
    ['N', payee],
    ['I', formatIpsAmount(bill.amount)],
    ['P', payer],
    ['SF', bill.paymentCode],
    ['S', purpose],
    ['RO', bill.reference?.trim() ? reference(bill.reference) : ''],
  ];
  return tags
    .filter(([, value]) => value !== '')
    .map(([tag, value]) => `${tag}:${value}`)
    .join('|');
}
