import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { ZipFile } from 'yazl';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../canonical.js';
import { ExportRefusedError, type ExportSource } from '../export-reader.js';
import { parseRecord, recordFields, type RecordType } from '../records.js';
import { bgCsvReader } from './bg-csv.js';
import {
  badReasons,
  badSamples,
  csvLine,
  readAll,
  samples,
  sampleTrailer,
  snakeCase,
  trailerCheck,
  useTempDir,
  type Sample,
} from './test-fixtures.js';

const dir = useTempDir();
const serbian: Record<string, string> = {
  customerId: 'sifra_kupca',
  personType: 'vrsta_lica',
  name: 'naziv',
  street: 'ulica',
  postalCode: 'pb',
  city: 'mesto',
  accountNumber: 'naplatni_broj',
  edNumber: 'ed_broj',
  category: 'kategorija',
  rateType: 'tarifa',
  approvedPowerKw: 'odobrena_snaga',
  billingPowerKw: 'obracunska_snaga',
  phases: 'faze',
  tvFee: 'rtv',
  vulnerable: 'ugrozeni',
  serial: 'serijski_broj',
  readOn: 'datum_ocitavanja',
  kind: 'vrsta',
  billNumber: 'broj_racuna',
  replaces: 'zamenjuje',
  periodStart: 'period_od',
  periodEnd: 'period_do',
  days: 'broj_dana',
  notRead: 'neocitano',
  readingDate: 'datum_prometa',
  issueDate: 'datum_izdavanja',
  dueDate: 'rok_placanja',
  totalToPay: 'ukupno_za_uplatu',
  position: 'rb',
  code: 'sifra',
  description: 'opis',
  amount: 'iznos',
  subtotal: 'medjuzbir',
  paymentId: 'id_uplate',
  paidOn: 'datum_uplate',
  channel: 'kanal',
  reference: 'poziv_na_broj',
  payerName: 'uplatilac',
  portalOrder: 'portal_nalog',
  reverses: 'stornira',
};
const fileOf: Partial<Record<RecordType, string>> = {
  customer: 'kupci.csv',
  meteringPoint: 'merna_mesta.csv',
  reading: 'ocitavanja.csv',
  bill: 'racuni.csv',
  billLine: 'stavke.csv',
  payment: 'uplate.csv',
};

/** A canonical value as BG writes it: dd.mm.yyyy, a decimal comma, D/N. */
function bgValue(type: RecordType, field: string, value: string | undefined): string {
  if (value === undefined) return '';
  const kind = kindOf(type, field);
  if (kind === 'date') return value.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');
  if (kind === 'money' || typeof kind === 'object') return value.replace('.', ',');
  if (kind === 'flag') return value === 'true' ? 'D' : 'N';
  return value;
}

interface BgExport {
  records?: Sample[];
  control?: string[][] | null;
}

/** Writes BG_20261203_000042.zip: the data files (columns reversed, Windows-1250) and kontrola.csv. */
async function writeBg({ records = samples, control }: BgExport = {}): Promise<ExportSource> {
  const zip = new ZipFile();
  const byFile = new Map<string, Sample[]>();
  for (const sample of records)
    byFile.set(fileOf[sample.type]!, [...(byFile.get(fileOf[sample.type]!) ?? []), sample]);
  for (const [file, rows] of byFile) {
    const type = rows[0]!.type;
    const columns = [...recordFields[type]].reverse();
    const text =
      csvLine(
        columns.map((name) => serbian[name] ?? snakeCase(name)),
        ';',
      ) +
      rows
        .map((row) =>
          csvLine(
            columns.map((name) => bgValue(type, name, row.values[name])),
            ';',
          ),
        )
        .join('');
    zip.addBuffer(iconv.encode(text, 'win1250'), file);
  }
  const controlRows = control ?? [
    ['region', 'BG'],
    ['datum', '03.12.2026'],
    ['redni_broj', '42'],
    ['vrsta', 'DELTA'],
    ...[...byFile].map(([file, rows]) => [file, String(rows.length)]),
    ['suma_racuna', '3270,39'],
    ['suma_uplata', '3325,26'],
  ];
  if (control !== null)
    zip.addBuffer(
      iconv.encode(
        csvLine(['kljuc', 'vrednost'], ';') + controlRows.map((row) => csvLine(row, ';')).join(''),
        'win1250',
      ),
      'kontrola.csv',
    );
  zip.end();
  const path = join(dir(), 'BG_20261203_000042.zip');
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  await writeFile(path, Buffer.concat(chunks));
  return {
    format: 'bg-csv',
    region: 'BG',
    exportDate: '2026-12-03',
    sequence: 42,
    name: path,
    files: [path],
  };
}

describe('bg-csv reader', () => {
  it('reads Windows-1250, quoted ; and ", comma decimals and negatives, columns in another order', async () => {
    const reader = bgCsvReader(await writeBg());

    expect(await reader.header()).toEqual({
      region: 'BG',
      exportDate: '2026-12-03',
      sequence: 42,
      kind: 'DELTA',
    });
    const { records, trailer } = await readAll(reader);
    expect(records.map(({ type, values }) => ({ type, values }))).toEqual(samples);
    expect(records.every((record) => parseRecord(record).ok)).toBe(true);
    expect(records[0]).toMatchObject({ file: 'kupci.csv', position: 2 });
    expect(records[0]!.raw).toContain('"Kneza Miloša 12; ulaz ""B"""');
    // account, contract, meter, ledger and notice files are left out, of the archive and of kontrola.csv
    expect(trailer).toEqual(sampleTrailer);
    expect(trailerCheck(records, trailer)).toBeNull();
  });

  it('keeps CRLF inside quotes and tells rtv the amount (racuni) from rtv the flag (merna mesta)', async () => {
    const [customer, meteringPoint, , bill] = samples;
    const street = 'Bulevar kralja Aleksandra 73\r\nstan 5';
    const { records } = await readAll(
      bgCsvReader(
        await writeBg({
          records: [{ ...customer!, values: { ...customer!.values, street } }, meteringPoint!, bill!],
        }),
      ),
    );
    expect(records[0]!.values.street).toBe(street);
    expect(records[1]!.values.tvFee).toBe('true');
    expect(records[2]!.values.tvFee).toBe('349.00');
  });

  it('carries bad values through to parseRecord’s reasons', async () => {
    const { records } = await readAll(bgCsvReader(await writeBg({ records: badSamples })));
    expect(records.map((record) => parseRecord(record))).toEqual(
      badReasons.map((reason) => ({ ok: false, reason })),
    );
  });

  it('refuses through the trailer check when kontrola.csv disagrees', async () => {
    const control = [
      ['region', 'BG'],
      ['datum', '03.12.2026'],
      ['redni_broj', '42'],
      ['vrsta', 'DELTA'],
      ['racuni.csv', '2'],
      ['suma_racuna', '3270,39'],
      ['suma_uplata', '0,00'],
    ];
    const { records, trailer } = await readAll(
      bgCsvReader(await writeBg({ records: samples.slice(3, 4), control })),
    );
    expect(trailerCheck(records, trailer)).toBe('bill count 1 but trailer says 2');
  });

  it('refuses an export without kontrola.csv, without its sums, or whose header contradicts the name', async () => {
    await expect(readAll(bgCsvReader(await writeBg({ control: null })))).rejects.toThrow(/no kontrola.csv/);
    const noSums = [
      ['region', 'BG'],
      ['datum', '03.12.2026'],
      ['redni_broj', '42'],
      ['vrsta', 'DELTA'],
    ];
    await expect(readAll(bgCsvReader(await writeBg({ control: noSums })))).rejects.toThrow(/truncated/);
    const otherDay = [
      ['region', 'BG'],
      ['datum', '02.12.2026'],
      ['redni_broj', '42'],
      ['vrsta', 'DELTA'],
      ['suma_racuna', '0'],
      ['suma_uplata', '0'],
    ];
    await expect(bgCsvReader(await writeBg({ control: otherDay })).header()).rejects.toThrow(
      /export date 2026-12-02/,
    );
  });

  it('refuses an archive that is cut off', async () => {
    const source = await writeBg();
    await writeFile(source.files[0]!, Buffer.from('PK\u0003\u0004 not a whole archive'));
    await expect(readAll(bgCsvReader(source))).rejects.toThrow(ExportRefusedError);
  });

  it('refuses through the check a data file that kontrola.csv counts but the archive left out', async () => {
    const control = [
      ['region', 'BG'],
      ['datum', '03.12.2026'],
      ['redni_broj', '42'],
      ['vrsta', 'FULL'],
      ['naplatni.csv', '3'],
      ['suma_racuna', '0,00'],
      ['suma_uplata', '0,00'],
    ];
    const { records, trailer } = await readAll(
      bgCsvReader(await writeBg({ records: samples.slice(0, 1), control })),
    );
    expect(trailerCheck(records, trailer)).toBe('customer count 1 but trailer says 0');
    const accountsOnly = await readAll(bgCsvReader(await writeBg({ records: [], control })));
    expect(trailerCheck(accountsOnly.records, accountsOnly.trailer)).toBe(
      'account count 0 but trailer says 3',
    );
  });

  it('refuses an archive whose data entry is corrupt', async () => {
    const source = await writeBg();
    const bytes = await readFile(source.files[0]!);
    // kupci.csv is the first entry: its compressed data starts after the 30-byte header and its name
    bytes.fill(0xff, 45, 60);
    await writeFile(source.files[0]!, bytes);
    await expect(readAll(bgCsvReader(source))).rejects.toThrow(ExportRefusedError);
  });
});
