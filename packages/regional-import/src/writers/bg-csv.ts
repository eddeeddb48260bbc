// BG, Beograd: a ZIP of Windows-1250 `;` CSVs with Serbian column names, one per record type, and
// kontrola.csv (REGIONAL-EXPORTS.md, bg-csv). Each CSV goes to a temporary file first and the ZIP is
// made from the files at the end, so that memory stays bounded.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import yazl from 'yazl';
import {
  recordFields,
  recordTypes,
  type ExportHeader,
  type ExportTrailer,
  type RecordType,
} from '../records.js';
import { fitCharset } from './charset.js';
import { CsvOutput } from './output.js';
import type { FormatWriter } from './format-writer.js';
import {
  compactDate,
  dottedDate,
  formatText,
  sequenceText,
  snakeCase,
  valuesOf,
  type TextStyle,
} from './values.js';

export const bgFiles: Record<RecordType, string> = {
  customer: 'kupci.csv',
  account: 'naplatni.csv',
  meteringPoint: 'merna_mesta.csv',
  contract: 'ugovori.csv',
  meter: 'brojila.csv',
  reading: 'ocitavanja.csv',
  bill: 'racuni.csv',
  billLine: 'stavke.csv',
  payment: 'uplate.csv',
  ledgerEntry: 'kartica.csv',
  notice: 'opomene.csv',
};

/** Serbian column names instead of the canonical ones; every other field keeps its canonical name. */
// prettier-ignore
export const bgColumns: Record<string, string> = {
  customer_id: 'sifra_kupca', person_type: 'vrsta_lica', name: 'naziv', street: 'ulica', postal_code: 'pb',
  city: 'mesto', account_number: 'naplatni_broj', subscriber_number: 'pretplatni_broj', ed_number: 'ed_broj',
  category: 'kategorija', rate_type: 'tarifa', approved_power_kw: 'odobrena_snaga',
  billing_power_kw: 'obracunska_snaga', phases: 'faze', tv_fee: 'rtv', vulnerable: 'ugrozeni',
  contract_number: 'broj_ugovora', start_date: 'od', end_date: 'do', serial: 'serijski_broj',
  constant: 'konstanta', digits: 'broj_cifara', installed_on: 'ugradjeno', removed_on: 'skinuto',
  read_on: 'datum_ocitavanja', kind: 'vrsta', bill_number: 'broj_racuna', replaces: 'zamenjuje',
  period_start: 'period_od', period_end: 'period_do', days: 'broj_dana', not_read: 'neocitano',
  reading_date: 'datum_prometa', issue_date: 'datum_izdavanja', due_date: 'rok_placanja',
  total_to_pay: 'ukupno_za_uplatu', position: 'rb', code: 'sifra', description: 'opis', amount: 'iznos',
  subtotal: 'medjuzbir', payment_id: 'id_uplate', paid_on: 'datum_uplate', channel: 'kanal',
  reference: 'poziv_na_broj', payer_name: 'uplatilac', portal_order: 'portal_nalog', reverses: 'stornira',
  entry_id: 'id_stavke', entry_date: 'datum', entry_type: 'vrsta_stavke', document_number: 'broj_dokumenta',
  debit: 'duguje', credit: 'potrazuje', notice_number: 'broj_opomene', issued_on: 'datum_opomene',
  debt_amount: 'iznos_duga', debt_date: 'dug_na_dan', deadline: 'rok', delivered_on: 'uruceno',
  settled_on: 'izmireno',
};

export const bgStyle: TextStyle = { date: dottedDate, decimalComma: true, flags: ['D', 'N'] };

const csvOptions = { delimiter: ';', charset: 'windows-1250' } as const;

export function bgColumn(field: string): string {
  const canonical = snakeCase(field);
  return bgColumns[canonical] ?? canonical;
}

export const writeBgCsv: FormatWriter = async ({ folder, header, trailer }, records) => {
  const path = join(folder, `BG_${compactDate(header.exportDate)}_${sequenceText(header.sequence)}.zip`);
  const temporary = await mkdtemp(join(folder, '.bg-csv-'));
  try {
    const outputs = new Map<RecordType, CsvOutput>();
    for await (const record of records) {
      let output = outputs.get(record.type);
      if (!output) {
        const columns = recordFields[record.type].map(bgColumn);
        output = CsvOutput.open(join(temporary, bgFiles[record.type]), columns, csvOptions);
        outputs.set(record.type, output);
      }
      const values = valuesOf(record);
      const fields = recordFields[record.type].map((name) =>
        fitCharset(formatText(record.type, name, values[name], bgStyle), 'windows-1250'),
      );
      await output.row(fields);
    }
    for (const output of outputs.values()) await output.close();

    const zip = new yazl.ZipFile();
    const written = recordTypes.filter((type) => outputs.has(type));
    for (const type of written) zip.addFile(join(temporary, bgFiles[type]), bgFiles[type]);
    const stated = trailer();
    if (stated) zip.addBuffer(kontrola(header, stated, written), 'kontrola.csv');
    const file = createWriteStream(path);
    zip.outputStream.pipe(file);
    zip.end();
    await once(file, 'close');
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  return [path];
};

/** The header and trailer: a row per data file with its count, a type with no records left out. */
function kontrola(header: ExportHeader, stated: ExportTrailer, written: RecordType[]): Buffer {
  const comma = (money: string) => money.replace('.', ',');
  const rows = [
    ['kljuc', 'vrednost'],
    ['region', header.region],
    ['datum', dottedDate(header.exportDate)],
    ['redni_broj', String(header.sequence)],
    ['vrsta', header.kind],
    ...recordTypes
      .filter((type) => written.includes(type) || stated.counts[type] !== undefined)
      .map((type) => [bgFiles[type], String(stated.counts[type] ?? 0)]),
    ['suma_racuna', comma(stated.sumBills)],
    ['suma_uplata', comma(stated.sumPayments)],
  ];
  return iconv.encode(rows.map((row) => `${row.join(';')}\r\n`).join(''), 'windows-1250');
}
