import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { knownHeader, knownRecords } from '../testing/known-records.js';
import { temporaryFolder } from '../testing/read-back.js';
import { xmlText } from './kg-xml.js';
import { writeExport } from './write-export.js';

describe('kg-xml writer', () => {
  it('writes the namespace, root attributes, camelCase elements, nested lines and kontrola last', async () => {
    const folder = await temporaryFolder();
    const { files } = await writeExport(folder, knownHeader('KG'), knownRecords);
    expect(files.map((f) => basename(f))).toEqual(['KG_20261203_000042.xml']);
    // one record a line, but for the address's line break
    const lines = (await readFile(files[0]!, 'utf8')).split(/\n(?= *<)/);
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(lines[1]).toBe(
      '<izvoz xmlns="urn:eps:kg:izvoz:1" region="KG" datum="2026-12-03" redniBroj="42" vrsta="DELTA">',
    );
    expect(lines[2]).toBe(
      '  <kupac><customerId>K1</customerId><personType>F</personType>' +
        '<name><![CDATA[Ђорђе "Ђоле" Шљивић & <син>]]></name><jmbg>1503985710037</jmbg>' +
        '<street>Булевар; 1&#13;\nулаз 2</street><postalCode>11000</postalCode><city>Beograd</city><phone>064 1234567</phone></kupac>',
    );
    expect(lines[3]).toContain('<approvedPowerKw>11.04</approvedPowerKw>');
    expect(lines[3]).toContain('<tvFee>true</tvFee><vulnerable>false</vulnerable>');
    expect(lines[4]).toMatch(/^ {2}<racun><billNumber>2611-1234567890<\/billNumber>/);
    expect(lines[4]).toContain('<tvFee>300.00</tvFee>');
    expect(lines[4]).toContain(
      '<discountOffer>-179.81</discountOffer><stavka><position>1</position><code>EN_VT</code>',
    );
    expect(lines[4]).toContain('<amount>300.00</amount><subtotal>false</subtotal></stavka></racun>');
    expect(lines[6]).toContain(
      '<amount>-674.74</amount><channel>BANK</channel><reverses>P-0</reverses></uplata>',
    );
    expect(lines[7]).toBe(
      '  <kontrola><broj tip="kupac">1</broj><broj tip="mernoMesto">1</broj><broj tip="racun">1</broj>' +
        '<broj tip="stavka">2</broj><broj tip="uplata">2</broj><sumaRacuna>3596.13</sumaRacuna><sumaUplata>2921.39</sumaUplata></kontrola>',
    );
    expect(lines.slice(8)).toEqual(['</izvoz>\n']);
  });

  it('is well-formed XML that a parser reads back to the same texts', async () => {
    const folder = await temporaryFolder();
    const { files } = await writeExport(folder, knownHeader('KG'), knownRecords);
    const xml = await readFile(files[0]!, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, htmlEntities: true }).parse(
      xml,
    );
    const customer = knownRecords[0]!.data as { name: string; street: string };
    expect(parsed.izvoz['@_xmlns']).toBe('urn:eps:kg:izvoz:1');
    expect(parsed.izvoz.kupac.name).toBe(customer.name);
    expect(parsed.izvoz.kupac.street).toBe(customer.street);
    expect(parsed.izvoz.racun.stavka).toHaveLength(2);
  });

  it('escapes text, or puts it in CDATA when it holds < or &', () => {
    expect(xmlText('Pekara "Morava" > 1')).toBe('Pekara &quot;Morava&quot; &gt; 1');
    expect(xmlText('A & B')).toBe('<![CDATA[A & B]]>');
    expect(xmlText('a]]>b<')).toBe('<![CDATA[a]]]]><![CDATA[>b<]]>');
    expect(xmlText('a &\r\nb')).toBe('a &amp;&#13;\nb');
  });
});
