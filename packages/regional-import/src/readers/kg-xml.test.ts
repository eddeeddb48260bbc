import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportRefusedError, type ExportSource } from '../export-reader.js';
import { parseRecord } from '../records.js';
import { kgXmlReader } from './kg-xml.js';
import {
  badReasons,
  badSamples,
  readAll,
  samples,
  sampleTrailer,
  trailerCheck,
  useTempDir,
  type Sample,
} from './test-fixtures.js';

const dir = useTempDir();
const elementOf: Record<string, string> = {
  customer: 'kupac',
  meteringPoint: 'mernoMesto',
  reading: 'ocitavanje',
  bill: 'racun',
  billLine: 'stavka',
  payment: 'uplata',
};
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** Fields as child elements; text with quotes goes in CDATA, the rest escaped; absent is no element. */
function fields(values: Record<string, string>): string {
  return Object.entries(values)
    .map(
      ([name, value]) => `<${name}>${value.includes('"') ? `<![CDATA[${value}]]>` : escape(value)}</${name}>`,
    )
    .join('');
}

/** The samples as KG elements, a bill's lines inside it without their bill number. */
function kgElements(records: Sample[] = samples): string[] {
  const elements: string[] = [];
  for (const { type, values } of records) {
    if (type === 'billLine') {
      const { billNumber: _bill, ...line } = values;
      elements[elements.length - 1] = elements
        .at(-1)!
        .replace('</racun>', `<stavka>${fields(line)}</stavka></racun>`);
    } else elements.push(`\n  <${elementOf[type]}>${fields(values)}</${elementOf[type]}>`);
  }
  return elements;
}

const root = '<izvoz xmlns="urn:eps:kg:izvoz:1" region="KG" datum="2026-12-03" redniBroj="42" vrsta="DELTA">';
function control(counts: Record<string, number> = sampleTrailer.counts, sums = ['3270.39', '3325.26']) {
  const broj = Object.entries(counts).map(
    ([type, count]) => `<broj tip="${elementOf[type]}">${count}</broj>`,
  );
  return `\n  <kontrola>${broj.join('')}<sumaRacuna>${sums[0]}</sumaRacuna><sumaUplata>${sums[1]}</sumaUplata></kontrola>\n`;
}

async function writeKg(body: string[], end = `${control()}</izvoz>\n`, start = root): Promise<ExportSource> {
  const path = join(dir(), 'KG_20261203_000042.xml');
  await writeFile(path, `<?xml version="1.0" encoding="UTF-8"?>\n${start}${body.join('')}${end}`);
  return {
    format: 'kg-xml',
    region: 'KG',
    exportDate: '2026-12-03',
    sequence: 42,
    name: path,
    files: [path],
  };
}

describe('kg-xml reader', () => {
  it('reads CDATA, &amp; and missing optional elements, a bill then its lines with the bill number', async () => {
    const reader = kgXmlReader(await writeKg(kgElements()));

    expect(await reader.header()).toEqual({
      region: 'KG',
      exportDate: '2026-12-03',
      sequence: 42,
      kind: 'DELTA',
    });
    const { records, trailer } = await readAll(reader);
    expect(records.map(({ type, values }) => ({ type, values }))).toEqual(samples);
    expect(records.every((record) => parseRecord(record).ok)).toBe(true);
    expect(records[0]!.raw).toMatch(/^<kupac><customerId>K-000001<\/customerId>.*<\/kupac>$/);
    expect(records[0]!.raw).toContain('<![CDATA[Kneza Miloša 12; ulaz "B"]]>');
    expect(records[4]!.raw).toMatch(/^<stavka>.*<\/stavka>$/);
    expect(records.map((r) => r.position)).toEqual([1, 2, 3, 4, 4, 4, 5, 6]);
    expect(trailer).toEqual(sampleTrailer);
    expect(trailerCheck(records, trailer)).toBeNull();
  });

  it('keeps Cyrillic and &amp;, and a record before its parent, in file order', async () => {
    const [customer, meteringPoint] = samples;
    const cyrillic = { ...customer!, values: { ...customer!.values, name: 'Ђорђе Петровић & синови' } };
    const payment = samples.at(-1)!;
    const body = kgElements([payment, meteringPoint!, cyrillic]);
    const { records } = await readAll(
      kgXmlReader(
        await writeKg(
          body,
          `${control({ payment: 1, meteringPoint: 1, customer: 1 }, ['0', '-674.74'])}</izvoz>`,
        ),
      ),
    );
    expect(records.map((r) => r.type)).toEqual(['payment', 'meteringPoint', 'customer']);
    expect(records[2]!.values.name).toBe('Ђорђе Петровић & синови');
    expect(records[2]!.raw).toContain('Ђорђе Петровић &amp; синови');
  });

  it('yields an unknown element for quarantine, counted under no type', async () => {
    const body = ['<napomena><tekst>?</tekst></napomena>', ...kgElements()];
    const { records, trailer } = await readAll(kgXmlReader(await writeKg(body)));
    expect(records[0]).toMatchObject({
      type: 'unknown',
      values: {},
      raw: '<napomena><tekst>?</tekst></napomena>',
      position: 1,
    });
    expect(parseRecord(records[0]!)).toEqual({ ok: false, reason: 'unknown element <napomena>' });
    expect(trailerCheck(records, trailer)).toBeNull();
  });

  it('carries bad values through to parseRecord’s reasons', async () => {
    const { records } = await readAll(kgXmlReader(await writeKg(kgElements(badSamples))));
    expect(records.map((record) => parseRecord(record))).toEqual(
      badReasons.map((reason) => ({ ok: false, reason })),
    );
  });

  it('refuses a bad count or sum through the check, a cut file or one without kontrola outright', async () => {
    const counted = await readAll(
      kgXmlReader(
        await writeKg(kgElements(), `${control({ ...sampleTrailer.counts, billLine: 1 })}</izvoz>`),
      ),
    );
    expect(trailerCheck(counted.records, counted.trailer)).toBe('billLine count 2 but trailer says 1');
    const summed = await readAll(
      kgXmlReader(await writeKg(kgElements(), `${control(sampleTrailer.counts, ['3270.39', '0'])}</izvoz>`)),
    );
    expect(trailerCheck(summed.records, summed.trailer)).toBe('payment sum 3325.26 but trailer says 0.00');

    await expect(readAll(kgXmlReader(await writeKg(kgElements(), '')))).rejects.toThrow(ExportRefusedError);
    await expect(readAll(kgXmlReader(await writeKg(kgElements(), '</izvoz>')))).rejects.toThrow(
      /no <kontrola>/,
    );
    await expect(
      readAll(kgXmlReader(await writeKg([...kgElements(), control()], `${kgElements()[0]}</izvoz>`))),
    ).rejects.toThrow(/after <kontrola>/);
    const otherKind = root.replace('DELTA', 'PARTIAL');
    await expect(kgXmlReader(await writeKg([], '</izvoz>', otherKind)).header()).rejects.toThrow(
      /kind PARTIAL/,
    );
    const noNamespace = root.replace(' xmlns="urn:eps:kg:izvoz:1"', '');
    await expect(kgXmlReader(await writeKg([], '</izvoz>', noNamespace)).header()).rejects.toThrow(
      /root is not/,
    );
  });

  it('keeps each record’s exact source text across the stream’s chunk boundaries', async () => {
    const payment = samples.at(-1)!;
    const elements = Array.from(
      { length: 4000 },
      (_, index) =>
        kgElements([
          {
            ...payment,
            values: { ...payment.values, paymentId: `U-${index}`, payerName: 'Ћирић & Ђурђевић' },
          },
        ])[0]!,
    );
    const end = `${control({ payment: 4000 }, ['0', '-2698960.00'])}</izvoz>`;
    const { records, trailer } = await readAll(kgXmlReader(await writeKg(elements, end)));
    expect(records.map((record) => record.raw)).toEqual(elements.map((element) => element.trim()));
    expect(trailerCheck(records, trailer)).toBeNull();
  });
});
