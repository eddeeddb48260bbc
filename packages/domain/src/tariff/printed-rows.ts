// The rows of a bill's calculation as the supplier prints them, with the supplier's own line numbers: the
// one place the web page and the PDF take the number column from, so that "(1+2+3+4+5+6+7)" on a tax
// base points at rows a reader can find. A line's `code` is its number on the layout (DOMAIN.md); an item
// priced over several lines (energy by zone and tariff, a month split by a price change) prints its
// number once, on a heading row that carries the item's total, with its lines under it. A new line (such
// as a prosumer's line 7) needs only its code: it gets its number and its place from here.
import { decimal, formatDecimal } from '../decimal.js';
import { formatRsd, parseRsd } from '../money.js';

/** A bill line as the API hands it out (BillLine in @portal/contract): decimals as strings. */
export interface PrintableLine {
  position: number;
  code: string;
  kind: string;
  description: string;
  zone: string | null;
  register: string | null;
  quantity: string | null;
  unit: string | null;
  unitPrice: string | null;
  amount: string;
  isSubtotal: boolean;
}

export interface PrintedRow<T extends PrintableLine = PrintableLine> {
  /** what the number column shows: the line's code, '' under an item's heading */
  number: string;
  /** 0 for a numbered row, 1 for a line under an item's heading */
  level: 0 | 1;
  /**
   * the line itself, or for a heading a line made up for it: the item's code and kind, its name, its
   * total, and its kWh when the lines are all energy
   */
  line: T;
  /** a heading made up here, not a line of the billing system */
  heading: boolean;
}

/** The names of items the billing system prints only as their lines (Serbian Cyrillic, as it prints). */
const headingNames: Record<string, string> = {
  energy: 'Утрошена електрична енергија',
  mixed: 'Енергија и снага',
};
/** The made-up kind of a heading over lines of different kinds (line 14 of a power-metering bill). */
export const mixedHeadingKind = 'energy_and_power';

/** Runs of consecutive lines with the same code. */
function runsOf<T extends PrintableLine>(lines: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const line of lines) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.code === line.code) last.push(line);
    else runs.push([line]);
  }
  return runs;
}

const sumAmounts = (values: readonly string[]) => formatRsd(values.reduce((acc, v) => acc + parseRsd(v), 0));
/** kWh are whole numbers on every layout; summed exactly all the same. */
const sumQuantities = (values: readonly string[]) => {
  const parts = values.map((v) => decimal(v));
  const scale = Math.max(...parts.map((p) => p.scale));
  const mantissa = parts.reduce((acc, p) => acc + p.mantissa * 10n ** BigInt(scale - p.scale), 0n);
  return formatDecimal({ mantissa, scale });
};

/** A month split by a price change prints its period in parentheses: the heading names the item alone. */
const withoutPeriod = (description: string) => description.replace(/\s*\([^()\p{L}]*\)/gu, '').trim();

function heading<T extends PrintableLine>(run: T[]): T {
  const first = run[0]!;
  const kinds = new Set(run.map((l) => l.kind));
  const mixed = kinds.size > 1;
  const allEnergy = !mixed && first.kind === 'energy';
  const sameUnit = new Set(run.map((l) => l.unit)).size === 1;
  const summedKwh = allEnergy && sameUnit && first.unit === 'kWh' && run.every((l) => l.quantity !== null);
  return {
    ...first,
    kind: mixed ? mixedHeadingKind : first.kind,
    description: mixed
      ? headingNames.mixed!
      : allEnergy
        ? headingNames.energy!
        : withoutPeriod(first.description),
    zone: null,
    register: null,
    quantity: summedKwh ? sumQuantities(run.map((l) => l.quantity!)) : null,
    unit: summedKwh ? 'kWh' : null,
    unitPrice: null,
    amount: sumAmounts(run.map((l) => l.amount)),
    isSubtotal: false,
  };
}

/** The bill's lines in printed order, numbered as the supplier numbers them. */
export function printedRows<T extends PrintableLine>(lines: readonly T[]): PrintedRow<T>[] {
  const sorted = [...lines].sort((a, b) => a.position - b.position);
  // The ERS layout prints its own energy totals (16a, 16b) and its band lines (26a, 26b) as a table of
  // their own: those runs keep the number on their first line instead of getting a made-up heading.
  const totalled = lines.some((l) => l.kind === 'energy_total');
  return runsOf(sorted).flatMap((run): PrintedRow<T>[] => {
    const [first, ...rest] = run as [T, ...T[]];
    const under = (line: T) => ({ number: '', level: 1 as const, line, heading: false });
    if (rest.length === 0) return [{ number: first.code, level: 0, line: first, heading: false }];
    if (totalled && run.every((l) => l.kind === 'energy')) {
      return [{ number: first.code, level: 0, line: first, heading: false }, ...rest.map(under)];
    }
    return [{ number: first.code, level: 0, line: heading(run), heading: true }, ...run.map(under)];
  });
}

/** A key for a row that stays unique when a heading shares its first line's position. */
export const printedRowKey = (row: PrintedRow) => `${row.heading ? 'h' : 'l'}${row.line.position}`;

/**
 * Parenthesised parts of a printed description that carry no words, such as the "(1+2+3+4+5+6+7)" of a
 * tax base or the "(2025-09-16 – 2025-10-15)" of a period split by a price change: kept in every language.
 */
export function wordlessParts(description: string): string[] {
  return [...description.matchAll(/\([^()]*\)/g)].map((m) => m[0]).filter((part) => !/\p{L}/u.test(part));
}
