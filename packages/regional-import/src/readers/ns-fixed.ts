// NS, Novi Sad: one ISO-8859-2 text file of fixed-width records, the first two characters giving the
// type, `00` the header and `99` the trailer (REGIONAL-EXPORTS.md 2). Widths count characters after
// decoding, so a line is decoded first and then sliced.
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import {
  canonicalValues,
  dateFromCompact,
  flagFrom,
  impliedDecimal,
  type FormatSyntax,
} from '../canonical.js';
import { ExportRefusedError, type ExportReader, type ExportSource } from '../export-reader.js';
import {
  recordFields,
  recordTypes,
  type ExportTrailer,
  type RawRecord,
  type RecordType,
} from '../records.js';
import { netMeteringFields } from '../net-metering-fields.js';
import { checkedHeader, statedCount } from './common.js';
import { textLines, type Line } from './lines.js';

/** Each data record type's code and its fields' widths, in the order of recordFields (the contract's). */
export const layouts: Record<string, { type: RecordType; widths: number[] }> = {
  '10': { type: 'customer', widths: [12, 1, 70, 13, 9, 8, 50, 5, 30, 60, 20] },
  '20': { type: 'account', widths: [10, 12, 12] },
  '30': { type: 'meteringPoint', widths: [10, 16, 10, 1, 1, 7, 7, 1, 1, 8, 1, 1, 50, 5, 30] },
  '31': { type: 'contract', widths: [20, 10, 12, 8, 8, 1] },
  '32': { type: 'meter', widths: [20, 10, 10, 2, 8, 8] },
  '40': { type: 'reading', widths: [10, 20, 8, 1, 9, 9, 9, 10, 9, 9] },
  '50': {
    type: 'bill',
    widths: [
      20,
      10,
      10,
      20,
      1,
      20,
      8,
      8,
      3,
      1,
      8,
      8,
      8,
      ...Array<number>(6).fill(9),
      ...Array<number>(8).fill(16),
      // a prosumer's net metering (README): present on prosumer bills only, see netMeteringTail
      ...Array<number>(netMeteringFields.length).fill(9),
    ],
  },
  '51': { type: 'billLine', widths: [20, 3, 12, 32, 80, 8, 12, 15, 12, 15, 16, 1] },
  '60': { type: 'payment', widths: [20, 10, 10, 8, 16, 12, 25, 70, 20, 20] },
  '70': { type: 'ledgerEntry', widths: [20, 10, 8, 12, 20, 16, 16, 80] },
  '80': { type: 'notice', widths: [20, 10, 1, 8, 16, 8, 8, 8, 8] },
};
for (const { type, widths } of Object.values(layouts)) {
  // a layout out of step with the record's fields would shift every value after the gap
  if (widths.length !== recordFields[type].length)
    throw new Error(`NS layout of ${type} has ${widths.length} widths`);
}
const lineLength = (widths: number[]) => 2 + widths.reduce((sum, width) => sum + width, 0);
/** `00`: region 2, export date 8, sequence 6, kind 5 */
const headerWidths = [2, 8, 6, 5];
/** `99`: eleven counts of 9 in recordTypes order (the codes 10 … 80), then the two sums of 16 */
const trailerWidths = [...Array<number>(recordTypes.length).fill(9), 16, 16];

/** Slices a line (without its two-character type) into fields by width. */
function slices(line: string, widths: number[]): string[] {
  let at = 2;
  return widths.map((width) => line.slice(at, (at += width)));
}

/** A 16-character amount: a sign and 15 digits, the last two decimals. */
const nsMoney = (value: string) => (/^[+-]\d{15}$/.test(value) ? impliedDecimal(value, 2) : value);

const nsSyntax: FormatSyntax = {
  date: dateFromCompact,
  money: nsMoney,
  dec: (value, scale) => (/^\d+$/.test(value) ? impliedDecimal(value, scale) : value),
  int: (value) => (/^\d+$/.test(value) ? impliedDecimal(value, 0) : value),
  flag: (value) => flagFrom(value, '1', '0'),
};

function lines(source: ExportSource) {
  return textLines([createReadStream(source.files[0]!), iconv.decodeStream('iso-8859-2')], source.name);
}

function header(line: Line | undefined, source: ExportSource) {
  if (!line?.text.startsWith('00') || line.text.length !== lineLength(headerWidths)) {
    throw new ExportRefusedError(`${source.name}: the first line is no 00 header record`);
  }
  const [region, date, sequence, kind] = slices(line.text, headerWidths);
  return checkedHeader({ region, exportDate: dateFromCompact(date!), sequence, kind }, source);
}

function trailer(line: Line): ExportTrailer {
  if (line.text.length !== lineLength(trailerWidths)) {
    throw new ExportRefusedError(
      `the 99 trailer on line ${line.number} is not ${lineLength(trailerWidths)} characters`,
    );
  }
  const fields = slices(line.text, trailerWidths);
  const counts = Object.fromEntries(
    recordTypes.map((type, index) => [type, statedCount(fields[index], type)]),
  );
  return { counts, sumBills: nsMoney(fields.at(-2)!), sumPayments: nsMoney(fields.at(-1)!) };
}

/** One data line; a line of unknown type or of the wrong length cannot be split and is yielded as such. */
function record(line: Line): RawRecord {
  const code = line.text.slice(0, 2);
  const layout = layouts[code];
  const at = { values: {}, raw: line.text, position: line.number };
  if (!layout) return { type: 'unknown', ...at, problem: `unknown record type "${code}"` };
  const expected = lineLength(layout.widths);
  // A bill without net metering ends before the prosumer fields: they are then absent.
  const short = code === '50' ? expected - 9 * netMeteringFields.length : expected;
  const text = line.text.length === short ? line.text.padEnd(expected, ' ') : line.text;
  if (text.length !== expected) {
    return {
      type: layout.type,
      ...at,
      problem: `${line.text.length} characters where a ${code} record has ${expected}`,
    };
  }
  const fields = slices(text, layout.widths);
  const values = canonicalValues(
    layout.type,
    recordFields[layout.type].map((name, index) => [name, fields[index]]),
    nsSyntax,
  );
  return { type: layout.type, ...at, values };
}

export function nsFixedReader(source: ExportSource): ExportReader {
  return {
    async header() {
      for await (const line of lines(source)) return header(line, source);
      return header(undefined, source);
    },
    async *records(): AsyncGenerator<RawRecord, ExportTrailer, void> {
      let first = true;
      let stated: ExportTrailer | undefined;
      for await (const line of lines(source)) {
        if (first) {
          header(line, source);
          first = false;
        } else if (stated) {
          if (line.text.trim() !== '')
            throw new ExportRefusedError(`line ${line.number} follows the 99 trailer`);
        } else if (line.text.startsWith('99')) {
          stated = trailer(line);
        } else if (line.text.startsWith('00')) {
          throw new ExportRefusedError(`a second 00 header on line ${line.number}`);
        } else if (line.text.trim() !== '') {
          yield record(line);
        }
      }
      if (first) header(undefined, source);
      if (!stated) throw new ExportRefusedError(`${source.name} has no 99 trailer: the export is truncated`);
      return stated;
    },
  };
}
