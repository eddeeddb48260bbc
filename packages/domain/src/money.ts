// Money is an integer number of para (1/100 RSD) in a safe-integer `number`; a price or quantity is an
// exact Decimal, and a product of the two is rounded once, half-up, to the para.
import { decimal, divideRounded, multiply, pow10, type Decimal } from './decimal.js';

/** An amount in para. */
export type Para = number;

/** Rounds a decimal to the para, half-up. */
export function toPara(value: Decimal): Para {
  const para =
    value.scale <= 2
      ? value.mantissa * pow10(2 - value.scale)
      : divideRounded(value.mantissa, pow10(value.scale - 2));
  return Number(para);
}

/**
 * quantity x unit price, rounded once to the para; `share` prorates it exactly first (a part of a
 * month: days/30), so a prorated line is not rounded twice.
 */
export function amountOf(
  quantity: string | number,
  unitPrice: string,
  share = { numerator: 1, denominator: 1 },
): Para {
  const product = multiply(decimal(quantity), decimal(unitPrice));
  const para100 = product.mantissa * BigInt(share.numerator) * 100n;
  return Number(divideRounded(para100, pow10(product.scale) * BigInt(share.denominator)));
}

/** `percent`% of an amount, rounded to the para: percentOf(273155, '7.5') = 20487 (204.86625). */
export function percentOf(amount: Para, percent: string): Para {
  const rate = decimal(percent);
  return Number(divideRounded(BigInt(amount) * rate.mantissa, 100n * pow10(rate.scale)));
}

/** A fraction n/d of an amount, rounded to the para. */
export function fractionOf(amount: Para, numerator: number, denominator: number): Para {
  return Number(divideRounded(BigInt(amount) * BigInt(numerator), BigInt(denominator)));
}

/** "3596.13" -> 359613; strict: digits, at most two decimals, an optional minus sign. */
export function parseRsd(text: string): Para {
  const match = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) throw new Error(`not an RSD amount: "${text}"`);
  const [, sign, whole, fraction = ''] = match;
  const para = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  // `-0` would print as "0.00" but fail Object.is checks downstream
  return sign && para !== 0 ? -para : para;
}

function splitPara(para: Para): { sign: string; whole: string; fraction: string } {
  if (!Number.isSafeInteger(para)) throw new Error(`not an amount in para: ${para}`);
  const abs = Math.abs(para);
  return {
    sign: para < 0 ? '-' : '',
    whole: String(Math.floor(abs / 100)),
    fraction: String(abs % 100).padStart(2, '0'),
  };
}

/** 359613 -> "3596.13" (the JSON form of amounts); -1250 -> "-12.50". */
export function formatRsd(para: Para): string {
  const { sign, whole, fraction } = splitPara(para);
  return `${sign}${whole}.${fraction}`;
}

/** 359613 -> "RSD3596,13": the I: tag of the NBS IPS QR code (decimal comma, no thousands separator). */
export function formatIpsAmount(para: Para): string {
  if (para < 0) throw new Error(`an IPS amount cannot be negative: ${para}`);
  const { whole, fraction } = splitPara(para);
  return `RSD${whole},${fraction}`;
}
