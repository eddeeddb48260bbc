// Money is an integer number of para (1/100 RSD); prices and quantities are exact decimals held as
// bigint mantissas with a scale. Nothing here passes through binary floating point.

/** An amount in para. */
export type Para = number;

export interface Decimal {
  mantissa: bigint;
  scale: number;
}

const decimalPattern = /^(-)?(\d+)(?:\.(\d+))?$/;

export function decimal(value: string | number | bigint): Decimal {
  if (typeof value === 'bigint') return { mantissa: value, scale: 0 };
  if (typeof value === 'number' && !Number.isInteger(value)) {
    throw new Error(`decimal(${value}): pass fractional values as strings`);
  }
  const match = decimalPattern.exec(String(value).trim());
  if (!match) throw new Error(`not a decimal number: "${value}"`);
  const [, sign, whole, fraction = ''] = match;
  const mantissa = BigInt(whole! + fraction) * (sign ? -1n : 1n);
  return { mantissa, scale: fraction.length };
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Rounds a/b half away from zero (the "half-up" of printed bills). */
export function divideRounded(a: bigint, b: bigint): bigint {
  if (b < 0n) return divideRounded(-a, -b);
  const negative = a < 0n;
  const abs = negative ? -a : a;
  const q = (abs * 2n + b) / (2n * b);
  return negative ? -q : q;
}

/** Rounds a decimal to the para, half-up. */
export function toPara(value: Decimal): Para {
  const para =
    value.scale <= 2
      ? value.mantissa * pow10(2 - value.scale)
      : divideRounded(value.mantissa, pow10(value.scale - 2));
  return Number(para);
}

export function multiply(...factors: Decimal[]): Decimal {
  return factors.reduce((acc, f) => ({ mantissa: acc.mantissa * f.mantissa, scale: acc.scale + f.scale }), {
    mantissa: 1n,
    scale: 0,
  });
}

/**
 * quantity x unit price, rounded once to the para; `share` prorates it exactly first (a part of a
 * month: days/30).
 */
export function amountOf(
  quantity: string | number,
  unitPrice: string,
  share = { numerator: 1, denominator: 1 },
): Para {
  const product = multiply(decimal(quantity), decimal(unitPrice));
  const para100 = product.mantissa * BigInt(share.numerator) * 100n;
  return Number(divideRounded(para100, 10n ** BigInt(product.scale) * BigInt(share.denominator)));
}

/** `percent`% of an amount, rounded to the para: percentOf(10000, '7.5') = 750. */
export function percentOf(amount: Para, percent: string): Para {
  const rate = decimal(percent);
  return Number(divideRounded(BigInt(amount) * rate.mantissa, 100n * pow10(rate.scale)));
}

/** A fraction n/d of an amount, rounded to the para. */
export function fractionOf(amount: Para, numerator: number, denominator: number): Para {
  return Number(divideRounded(BigInt(amount) * BigInt(numerator), BigInt(denominator)));
}

/** "3596.13" -> 359613; strict: at most two decimals, an optional minus sign. */
export function parseRsd(text: string): Para {
  const match = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) throw new Error(`not an RSD amount: "${text}"`);
  const [, sign, whole, fraction = ''] = match;
  const para = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -para : para;
}

/** 359613 -> "3596.13" (the JSON form of amounts). */
export function formatRsd(para: Para): string {
  if (!Number.isSafeInteger(para)) throw new Error(`not an amount in para: ${para}`);
  const sign = para < 0 ? '-' : '';
  const abs = Math.abs(para);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A decimal as a plain string ("9.613600" -> "9.6136"). */
export function formatDecimal(value: Decimal): string {
  const negative = value.mantissa < 0n;
  const digits = (negative ? -value.mantissa : value.mantissa).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
