// BG, Beograd: a ZIP of one `;` CSV per record type in Windows-1250, and kontrola.csv with the header
// and trailer (REGIONAL-EXPORTS.md 2). yauzl reads entries as streams from the central directory, so
// the header is read without inflating the data files and memory stays bounded whatever their size.
import iconv from 'iconv-lite';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { dateFromDotted, decimalFromComma, flagFrom, type FormatSyntax } from '../canonical.js';
import { ExportRefusedError, type ExportReader, type ExportSource } from '../export-reader.js';
import type { ExportHeader, ExportTrailer, RawRecord, RecordType } from '../records.js';
import { checkedHeader, refusingBroken, statedCount } from './common.js';
import { csvRecords, csvRows } from './csv-rows.js';

const dataFiles: Record<string, RecordType> = {
  'kupci.csv': 'customer',
  'naplatni.csv': 'account',
  'merna_mesta.csv': 'meteringPoint',
  'ugovori.csv': 'contract',
  'brojila.csv': 'meter',
  'ocitavanja.csv': 'reading',
  'racuni.csv': 'bill',
  'stavke.csv': 'billLine',
  'uplate.csv': 'payment',
  'kartica.csv': 'ledgerEntry',
  'opomene.csv': 'notice',
};
const controlFile = 'kontrola.csv';

/**
 * BG's Serbian column names. `rtv` is `tvFee` in both files that have it: the bill's TV fee amount in
 * racuni.csv and the metering point's TV-fee flag in merna_mesta.csv; the record type decides which
 * (see fieldKinds), so one table serves every file.
 */
const bgRenames: Record<string, string> = {
  sifra_kupca: 'customerId',
  vrsta_lica: 'personType',
  naziv: 'name',
  ulica: 'street',
  pb: 'postalCode',
  mesto: 'city',
  naplatni_broj: 'accountNumber',
  pretplatni_broj: 'subscriberNumber',
  ed_broj: 'edNumber',
  kategorija: 'category',
  tarifa: 'rateType',
  odobrena_snaga: 'approvedPowerKw',
  obracunska_snaga: 'billingPowerKw',
  faze: 'phases',
  rtv: 'tvFee',
  ugrozeni: 'vulnerable',
  broj_ugovora: 'contractNumber',
  od: 'startDate',
  do: 'endDate',
  serijski_broj: 'serial',
  konstanta: 'constant',
  broj_cifara: 'digits',
  ugradjeno: 'installedOn',
  skinuto: 'removedOn',
  datum_ocitavanja: 'readOn',
  vrsta: 'kind',
  broj_racuna: 'billNumber',
  zamenjuje: 'replaces',
  period_od: 'periodStart',
  period_do: 'periodEnd',
  broj_dana: 'days',
  neocitano: 'notRead',
  datum_prometa: 'readingDate',
  datum_izdavanja: 'issueDate',
  rok_placanja: 'dueDate',
  ukupno_za_uplatu: 'totalToPay',
  rb: 'position',
  sifra: 'code',
  opis: 'description',
  iznos: 'amount',
  medjuzbir: 'subtotal',
  id_uplate: 'paymentId',
  datum_uplate: 'paidOn',
  kanal: 'channel',
  poziv_na_broj: 'reference',
  uplatilac: 'payerName',
  portal_nalog: 'portalOrder',
  stornira: 'reverses',
  id_stavke: 'entryId',
  datum: 'entryDate',
  vrsta_stavke: 'entryType',
  broj_dokumenta: 'documentNumber',
  duguje: 'debit',
  potrazuje: 'credit',
  broj_opomene: 'noticeNumber',
  datum_opomene: 'issuedOn',
  iznos_duga: 'debtAmount',
  dug_na_dan: 'debtDate',
  rok: 'deadline',
  uruceno: 'deliveredOn',
  izmireno: 'settledOn',
};

const bgSyntax: FormatSyntax = {
  date: dateFromDotted,
  money: decimalFromComma,
  dec: decimalFromComma,
  int: (value) => value,
  flag: (value) => flagFrom(value, 'D', 'N'),
};

interface Opened {
  zip: ZipFile;
  entries: Map<string, Entry>;
}

/** The archive's entries by name, from its central directory (no data inflated yet). */
async function openZip(source: ExportSource): Promise<Opened> {
  return refusingBroken(source.name, async () => {
    const zip = await yauzl.openPromise(source.files[0]!, { lazyEntries: true, autoClose: false });
    const entries = new Map<string, Entry>();
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      if (entries.has(entry.fileName))
        throw new ExportRefusedError(`${entry.fileName} is twice in the archive`);
      entries.set(entry.fileName, entry);
    }
    return { zip, entries };
  });
}

/** A decoded text stream of one entry (Windows-1250 to JS strings before CSV splitting). */
async function entryText({ zip }: Opened, entry: Entry) {
  const bytes = await zip.openReadStreamPromise(entry);
  return [bytes, iconv.decodeStream('win1250')];
}

/** kontrola.csv: `kljuc;vrednost` rows with the header, the count per data file and the two sums. */
async function readControl(
  opened: Opened,
  source: ExportSource,
): Promise<{ header: ExportHeader; trailer: ExportTrailer }> {
  const entry = opened.entries.get(controlFile);
  if (!entry) throw new ExportRefusedError(`${source.name}: no ${controlFile}, the export is truncated`);
  const rows = new Map<string, string>();
  for await (const { fields } of csvRows(await entryText(opened, entry), ';', controlFile)) {
    const [key, value] = fields.map((field) => field.trim());
    if (key && key !== 'kljuc') rows.set(key, value ?? '');
  }
  const header = checkedHeader(
    {
      region: rows.get('region'),
      exportDate: dateFromDotted(rows.get('datum') ?? ''),
      sequence: rows.get('redni_broj'),
      kind: rows.get('vrsta'),
    },
    source,
  );
  const sumBills = rows.get('suma_racuna');
  const sumPayments = rows.get('suma_uplata');
  if (sumBills === undefined || sumPayments === undefined) {
    throw new ExportRefusedError(`${controlFile} has no suma_racuna or suma_uplata: the export is truncated`);
  }
  const counts: ExportTrailer['counts'] = {};
  for (const [key, value] of rows) {
    if (!key.endsWith('.csv')) continue;
    const type = dataFiles[key];
    if (!type) throw new ExportRefusedError(`${controlFile} counts ${key}, which is no BG data file`);
    counts[type] = statedCount(value, key);
  }
  return {
    header,
    trailer: { counts, sumBills: decimalFromComma(sumBills), sumPayments: decimalFromComma(sumPayments) },
  };
}

export function bgCsvReader(source: ExportSource): ExportReader {
  return {
    async header() {
      const opened = await openZip(source);
      try {
        return (await refusingBroken(controlFile, () => readControl(opened, source))).header;
      } finally {
        opened.zip.close();
      }
    },
    async *records(): AsyncGenerator<RawRecord, ExportTrailer, void> {
      const opened = await openZip(source);
      try {
        // the control file first: a truncated export is refused before a record is yielded
        const { trailer } = await refusingBroken(controlFile, () => readControl(opened, source));
        for (const [name, entry] of opened.entries) {
          if (name === controlFile) continue;
          const type = dataFiles[name];
          if (!type) throw new ExportRefusedError(`${source.name} holds ${name}, which is no BG data file`);
          const text = await refusingBroken(name, () => entryText(opened, entry));
          yield* csvRecords(text, { type, file: name, delimiter: ';', renames: bgRenames, syntax: bgSyntax });
        }
        return trailer;
      } finally {
        opened.zip.close();
      }
    },
  };
}
