// CSV files of records (BG and KV): csv-parse splits the rows (quotes, `""`, line breaks inside quotes),
// the first row names the columns, and each row becomes a RawRecord in canonical syntax.
import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import { canonicalColumns, canonicalValues, type FormatSyntax } from '../canonical.js';
import type { RawRecord, RecordType } from '../records.js';
import { asRefusal } from './common.js';

export interface CsvRow {
  fields: string[];
  /** the row as it stood, without its line break */
  raw: string;
  /** the row number, the column names' row being 1 (a row with a quoted line break spans two lines) */
  row: number;
}

/** The rows of one CSV stream (bytes or decoded text); a file csv-parse cannot split is refused whole. */
export async function* csvRows(
  streams: NodeJS.ReadableStream[],
  delimiter: string,
  what: string,
): AsyncGenerator<CsvRow> {
  const parser = parse({
    delimiter,
    bom: true,
    raw: true,
    info: true,
    relax_column_count: true,
    record_delimiter: ['\r\n', '\n'],
    skip_empty_lines: true,
  });
  // pipeline destroys the parser with the first error of any stream, which ends the loop below
  pipeline([...streams, parser], () => {});
  let row = 0;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      row += 1;
      yield { fields: record, raw: raw.replace(/^[\r\n]+|[\r\n]+$/g, ''), row };
    }
  } catch (error) {
    throw asRefusal(what, error);
  }
}

export interface CsvRecordsOptions {
  type: RecordType;
  /** the file name within the export, for RawRecord.file and the reasons */
  file: string;
  delimiter: string;
  /** the format's column names that differ from the canonical snake_case ones */
  renames: Readonly<Record<string, string>>;
  syntax: FormatSyntax;
}

/** The records of one CSV file of one type. A row with more or fewer fields than columns is unsplittable. */
export async function* csvRecords(
  streams: NodeJS.ReadableStream[],
  options: CsvRecordsOptions,
): AsyncGenerator<RawRecord> {
  let columns: string[] | undefined;
  for await (const { fields, raw, row } of csvRows(streams, options.delimiter, options.file)) {
    if (!columns) {
      columns = canonicalColumns(fields, options.renames);
      continue;
    }
    const record: RawRecord = { type: options.type, values: {}, raw, position: row, file: options.file };
    if (fields.length !== columns.length) {
      record.problem = `${fields.length} fields where the header names ${columns.length}`;
    } else {
      record.values = canonicalValues(
        options.type,
        columns.map((name, index) => [name, fields[index]]),
        options.syntax,
      );
    }
    yield record;
  }
}
