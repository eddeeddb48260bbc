// NI, Niš: gzip of UTF-8 JSON Lines, a header object first and a trailer last, money in whole para and
// a bill's lines nested in it (REGIONAL-EXPORTS.md 2). gunzip and readline stream it line by line.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { canonicalSyntax, canonicalValues, kindOf, moneyFromPara } from '../canonical.js';
import { ExportRefusedError, type ExportReader, type ExportSource } from '../export-reader.js';
import type { ExportTrailer, RawRecord, RecordType } from '../records.js';
import { checkedHeader, isRecordType, statedCount } from './common.js';
import { textLines, type Line } from './lines.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One JSON value in canonical text. Money must be whole para; anything the contract does not allow (a
 * string amount, a fraction of a para, an object) is passed on in its JSON spelling, which no field type
 * accepts, so parseRecord names the field. Numbers for decimals and codes are read leniently as text.
 */
function niValue(type: RecordType, field: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (kindOf(type, field) === 'money') {
    return Number.isSafeInteger(value)
      ? moneyFromPara(BigInt(value as number))
      : `${JSON.stringify(value)} para`;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function niRecord(type: RecordType, object: Json, at: Omit<RawRecord, 'type' | 'values'>): RawRecord {
  const fields = Object.entries(object)
    .filter(([key]) => key !== 'rec' && key !== 'lines')
    .map(([key, value]): [string, string | undefined] => [key, niValue(type, key, value)]);
  return { type, values: canonicalValues(type, fields, canonicalSyntax), ...at };
}

/** A data line: the record, and for a bill its lines with the bill's number filled in. */
function* records(line: Line): Generator<RawRecord> {
  const at = { values: {}, raw: line.text, position: line.number };
  let object: unknown;
  try {
    object = JSON.parse(line.text);
  } catch (error) {
    yield { type: 'unknown', ...at, problem: `not JSON: ${(error as Error).message}` };
    return;
  }
  const rec = isObject(object) ? object.rec : undefined;
  if (rec === 'header' || rec === 'trailer') throw new ExportRefusedError(`a ${rec} on line ${line.number}`);
  if (!isObject(object) || typeof rec !== 'string' || !isRecordType(rec)) {
    yield { type: 'unknown', ...at, problem: `unknown record type ${JSON.stringify(rec)}` };
    return;
  }
  const lines = object.lines;
  if (rec === 'bill' && lines !== undefined && lines !== null && !Array.isArray(lines)) {
    yield { type: 'bill', ...at, problem: 'the bill’s lines are not a list' };
    return;
  }
  const record = niRecord(rec, object, { raw: line.text, position: line.number });
  yield record;
  if (rec !== 'bill' || !Array.isArray(lines)) return;
  for (const item of lines as unknown[]) {
    const raw = JSON.stringify(item);
    if (!isObject(item))
      yield {
        type: 'billLine',
        values: {},
        raw,
        position: line.number,
        problem: 'a bill line that is not an object',
      };
    else
      yield niRecord('billLine', { ...item, billNumber: object.billNumber }, { raw, position: line.number });
  }
}

function parsedLine(line: Line, rec: 'header' | 'trailer'): Json {
  let object: unknown;
  try {
    object = JSON.parse(line.text);
  } catch {
    object = undefined;
  }
  if (!isObject(object) || object.rec !== rec)
    throw new ExportRefusedError(`line ${line.number} is not the ${rec}`);
  return object;
}

function header(line: Line | undefined, source: ExportSource) {
  if (!line) throw new ExportRefusedError(`${source.name} is empty`);
  const { region, exportDate, sequence, kind } = parsedLine(line, 'header');
  return checkedHeader({ region, exportDate, sequence, kind }, source);
}

function trailer(line: Line): ExportTrailer {
  const { counts, sumBills, sumPayments } = parsedLine(line, 'trailer');
  if (!isObject(counts)) throw new ExportRefusedError('the trailer has no counts');
  const stated: ExportTrailer['counts'] = {};
  for (const [type, count] of Object.entries(counts)) {
    if (!isRecordType(type)) throw new ExportRefusedError(`the trailer counts an unknown type ${type}`);
    stated[type] = statedCount(count, type);
  }
  const sum = (value: unknown, what: string) => {
    if (!Number.isSafeInteger(value))
      throw new ExportRefusedError(`the trailer's ${what} ${JSON.stringify(value)} is not para`);
    return moneyFromPara(BigInt(value as number));
  };
  return {
    counts: stated,
    sumBills: sum(sumBills, 'sumBills'),
    sumPayments: sum(sumPayments, 'sumPayments'),
  };
}

function lines(source: ExportSource) {
  return textLines([createReadStream(source.files[0]!), createGunzip()], source.name);
}

export function niJsonlReader(source: ExportSource): ExportReader {
  return {
    async header() {
      for await (const line of lines(source)) return header(line, source);
      return header(undefined, source);
    },
    async *records(): AsyncGenerator<RawRecord, ExportTrailer, void> {
      let first: Line | undefined;
      // the trailer is known to be one only when no line follows it: hold each line back by one
      let previous: Line | undefined;
      for await (const line of lines(source)) {
        if (line.text.trim() === '') continue;
        if (!first) {
          first = line;
          header(line, source);
          continue;
        }
        if (previous) yield* records(previous);
        previous = line;
      }
      if (!first) header(undefined, source);
      if (!previous || !/"rec"\s*:\s*"trailer"/.test(previous.text)) {
        throw new ExportRefusedError(`${source.name} does not end with its trailer: the export is truncated`);
      }
      return trailer(previous);
    },
  };
}
