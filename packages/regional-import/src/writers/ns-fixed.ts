// NS, Novi Sad: one ISO-8859-2 fixed-width text file, CRLF, a 00 header line, the records (bill lines
// right after their bill) and a 99 trailer line (REGIONAL-EXPORTS.md, ns-fixed).
import { join } from 'node:path';
import { recordTypes, type ExportRecord, type RecordType } from '../records.js';
import { netMeteringFields } from '../net-metering-fields.js';
import { fitCharset } from './charset.js';
import { TextOutput } from './output.js';
import type { FormatWriter } from './format-writer.js';
import { compactDate, fieldKind, sequenceText, toPara, valuesOf, type Value } from './values.js';

/** Each record type's code and fields with their widths, in the contract's order. */
// prettier-ignore
export const nsLayouts: Record<RecordType, { code: string; fields: readonly (readonly [string, number])[] }> = {
  customer: {
    code: '10',
    fields: [
      ['customerId', 12], ['personType', 1], ['name', 70], ['jmbg', 13], ['pib', 9], ['mb', 8],
      ['street', 50], ['postalCode', 5], ['city', 30], ['email', 60], ['phone', 20],
    ],
  },
  account: { code: '20', fields: [['accountNumber', 10], ['customerId', 12], ['subscriberNumber', 12]] },
  meteringPoint: {
    code: '30',
    fields: [
      ['edNumber', 10], ['eic', 16], ['accountNumber', 10], ['category', 1], ['rateType', 1],
      ['approvedPowerKw', 7], ['billingPowerKw', 7], ['phases', 1], ['status', 1], ['statusDate', 8],
      ['tvFee', 1], ['vulnerable', 1], ['street', 50], ['postalCode', 5], ['city', 30],
    ],
  },
  contract: {
    code: '31',
    fields: [
      ['contractNumber', 20], ['edNumber', 10], ['customerId', 12], ['startDate', 8], ['endDate', 8],
      ['status', 1],
    ],
  },
  meter: {
    code: '32',
    fields: [
      ['serial', 20], ['edNumber', 10], ['constant', 10], ['digits', 2], ['installedOn', 8], ['removedOn', 8],
    ],
  },
  reading: {
    code: '40',
    fields: [
      ['edNumber', 10], ['serial', 20], ['readOn', 8], ['kind', 1], ['vt', 9], ['nt', 9], ['single', 9],
      ['maxPowerKw', 10], ['reactiveVt', 9], ['reactiveNt', 9],
    ],
  },
  bill: {
    code: '50',
    fields: [
      ['billNumber', 20], ['edNumber', 10], ['accountNumber', 10], ['layout', 20], ['status', 1],
      ['replaces', 20], ['periodStart', 8], ['periodEnd', 8], ['days', 3], ['notRead', 1],
      ['readingDate', 8], ['issueDate', 8], ['dueDate', 8], ['kwhVt', 9], ['kwhNt', 9], ['kwhSingle', 9],
      ['kwhGreen', 9], ['kwhBlue', 9], ['kwhRed', 9], ['periodCharge', 16], ['tvFee', 16],
      ['monthTotal', 16], ['previousDebt', 16], ['paymentsInPeriod', 16], ['interest', 16],
      ['totalToPay', 16], ['discountOffer', 16], ...netMeteringFields.map((name) => [name, 9] as const),
    ],
  },
  billLine: {
    code: '51',
    fields: [
      ['billNumber', 20], ['position', 3], ['code', 12], ['kind', 32], ['description', 80], ['zone', 8],
      ['register', 12], ['quantity', 15], ['unit', 12], ['unitPrice', 15], ['amount', 16], ['subtotal', 1],
    ],
  },
  payment: {
    code: '60',
    fields: [
      ['paymentId', 20], ['edNumber', 10], ['accountNumber', 10], ['paidOn', 8], ['amount', 16],
      ['channel', 12], ['reference', 25], ['payerName', 70], ['portalOrder', 20], ['reverses', 20],
    ],
  },
  ledgerEntry: {
    code: '70',
    fields: [
      ['entryId', 20], ['edNumber', 10], ['entryDate', 8], ['entryType', 12], ['documentNumber', 20],
      ['debit', 16], ['credit', 16], ['description', 80],
    ],
  },
  notice: {
    code: '80',
    fields: [
      ['noticeNumber', 20], ['edNumber', 10], ['kind', 1], ['issuedOn', 8], ['debtAmount', 16],
      ['debtDate', 8], ['deadline', 8], ['deliveredOn', 8], ['settledOn', 8],
    ],
  },
};

/** `digits(n)` fields: right-aligned with zeros like numbers, though the typed record keeps them as text */
const digitFields = new Set(['jmbg', 'pib', 'mb', 'accountNumber', 'edNumber']);

function zeros(digits: string, width: number): string {
  return digits.padStart(width, '0');
}

/** Money: a sign and 15 digits with 2 implied decimals. */
function signedMoney(para: bigint): string {
  return (para < 0n ? '-' : '+') + zeros(String(para < 0n ? -para : para), 15);
}

/** dec(p,s): p digits, s of them implied decimals (11.04 in dec(7,2) is 0001104). */
function impliedDecimal(text: string, scale: number, width: number): string {
  const [whole = '', fraction = ''] = text.split('.');
  if (fraction.length > scale) throw new Error(`${text} has more than ${scale} decimals`);
  return zeros(`${whole}${fraction.padEnd(scale, '0')}`.replace(/^0+(?=\d)/, ''), width);
}

function field(type: RecordType, name: string, value: Value, width: number): string {
  if (value === undefined) return ' '.repeat(width);
  let text: string;
  const kind = fieldKind(type, name);
  if (typeof value === 'boolean') text = value ? '1' : '0';
  else if (typeof value === 'number')
    text = value < 0 ? `-${zeros(String(-value), width - 1)}` : zeros(String(value), width);
  else if (kind.kind === 'money') text = signedMoney(toPara(value));
  else if (kind.kind === 'decimal') text = impliedDecimal(value, kind.scale, width);
  else if (kind.kind === 'date') text = compactDate(value);
  else if (digitFields.has(name)) text = zeros(value, width);
  // A record is one line: a line break inside a text (an address) becomes a space.
  else text = fitCharset(value.replace(/\r\n|\r|\n/g, ' '), 'iso-8859-2').padEnd(width, ' ');
  // A longer value cannot be cut without changing it: the billing system would have refused it.
  if (text.length !== width) throw new Error(`${type}.${name}: "${value}" does not fit ${width} characters`);
  return text;
}

export function nsLine(record: ExportRecord): string {
  const layout = nsLayouts[record.type];
  const values = valuesOf(record);
  // The prosumer fields close a bill record only when it has them (README), so other bills stay as the
  // contract writes them.
  const fields = netMeteringFields.every((name) => values[name] === undefined)
    ? layout.fields.filter(([name]) => !(netMeteringFields as readonly string[]).includes(name))
    : layout.fields;
  return layout.code + fields.map(([name, width]) => field(record.type, name, values[name], width)).join('');
}

export const writeNsFixed: FormatWriter = async ({ folder, header, trailer }, records) => {
  const path = join(folder, `NS_${compactDate(header.exportDate)}_${sequenceText(header.sequence)}.txt`);
  const output = TextOutput.open(path, 'iso-8859-2');
  try {
    const kind = header.kind.padEnd(5, ' ');
    await output.write(
      `00${header.region}${compactDate(header.exportDate)}${sequenceText(header.sequence)}${kind}\r\n`,
    );
    for await (const record of records) await output.write(`${nsLine(record)}\r\n`);
    const stated = trailer();
    if (stated) {
      const counts = recordTypes.map((type) => zeros(String(stated.counts[type] ?? 0), 9)).join('');
      const sums = signedMoney(toPara(stated.sumBills)) + signedMoney(toPara(stated.sumPayments));
      await output.write(`99${counts}${sums}\r\n`);
    }
  } finally {
    await output.close();
  }
  return [path];
};
