// Exact decimals as a bigint mantissa with a scale (9.6136 = 96136 x 10^-4). Unit prices have up to six
// decimals and quantities may be fractional (6.9 kW), so their products cannot go through binary floats
// without an occasional wrong para.

export interface Decimal {
  mantissa: bigint;
  scale: number;
}

const decimalPattern = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * "9.6136" -> 96136 x 10^-4. Integers may be passed as numbers; fractional values only as strings, since
 * a float like 0.1 is already inexact.
 */
export function decimal(value: string | number | bigint): Decimal {
  if (typeof value === 'bigint') return { mantissa: value, scale: 0 };
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new Error(`decimal(${value}): pass fractional values as strings`);
  }
  const match = decimalPattern.exec(String(value).trim());
  if (!match) throw new Error(`not a decimal number: "${value}"`);
  const [, sign, whole, fraction = ''] = match;
  const mantissa = BigInt(whole! + fraction) * (sign ? -1n : 1n);
  return { mantissa, scale: fraction.length };
}

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Rounds a/b half away from zero: the "half-up" that fits every line printed on EPS bills. */
export function divideRounded(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new RangeError('division by zero');
  if (b < 0n) return divideRounded(-a, -b);
  const negative = a < 0n;
  const abs = negative ? -a : a;
  const q = (abs * 2n + b) / (2n * b);
  return negative ? -q : q;
}

export function multiply(...factors: Decimal[]): Decimal {
  return factors.reduce((acc, f) => ({ mantissa: acc.mantissa * f.mantissa, scale: acc.scale + f.scale }), {
    mantissa: 1n,
    scale: 0,
  });
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { mantissa: a.mantissa * pow10(scale - a.scale) + b.mantissa * pow10(scale - b.scale), scale };
}

export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.mantissa * pow10(scale - a.scale);
  const y = b.mantissa * pow10(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A decimal as a plain string without trailing zeros ("9.613600" -> "9.6136"). */
export function formatDecimal(value: Decimal): string {
  const negative = value.mantissa < 0n;
  const digits = (negative ? -value.mantissa : value.mantissa).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
