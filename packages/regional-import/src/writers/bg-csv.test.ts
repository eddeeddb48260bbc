import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { knownHeader, knownRecords } from '../testing/known-records.js';
import { temporaryFolder, zipEntries } from '../testing/read-back.js';
import { writeExport } from './write-export.js';

describe('bg-csv writer', () => {
  it('writes a ZIP of Windows-1250 ; CSVs with Serbian columns and kontrola.csv', async () => {
    const folder = await temporaryFolder();
    const { files } = await writeExport(folder, knownHeader('BG'), knownRecords);
    expect(files.map((f) => basename(f))).toEqual(['BG_20261203_000042.zip']);
    const entries = await zipEntries(files[0]!);
    expect([...entries.keys()]).toEqual([
      'kupci.csv',
      'merna_mesta.csv',
      'racuni.csv',
      'stavke.csv',
      'uplate.csv',
      'kontrola.csv',
    ]);
    const kupci = entries.get('kupci.csv')!;
    // Windows-1250: Đ is 0xD0, đ 0xF0, Š 0x8A; Cyrillic arrives transliterated.
    expect(kupci.includes(Buffer.from([0xd0, 0x6f, 0x72, 0xf0]))).toBe(true);
    expect(kupci.includes(Buffer.from([0x8a, 0x6c, 0x6a]))).toBe(true);
    expect(iconv.decode(kupci, 'windows-1250')).toBe(
      'sifra_kupca;vrsta_lica;naziv;jmbg;pib;mb;ulica;pb;mesto;email;phone\r\n' +
        'K1;F;"Đorđe ""Đole"" Šljivić & <sin>";1503985710037;;;"Bulevar; 1\r\nulaz 2";11000;Beograd;;064 1234567\r\n',
    );
    expect(iconv.decode(entries.get('merna_mesta.csv')!, 'windows-1250')).toBe(
      'ed_broj;eic;naplatni_broj;kategorija;tarifa;odobrena_snaga;obracunska_snaga;faze;status;status_date;rtv;ugrozeni;ulica;pb;mesto\r\n' +
        '1234567890;RSBGZ12345678901;2034567891;H;2;11,04;11,04;3;A;;D;N;Dunavska 5;11000;Beograd\r\n',
    );
    const racuni = iconv.decode(entries.get('racuni.csv')!, 'windows-1250').split('\r\n');
    expect(racuni[0]).toContain(';rtv;month_total;');
    expect(racuni[1]).toBe(
      '2611-1234567890;1234567890;2034567891;EPS_HOUSEHOLD;I;;01.11.2026;30.11.2026;30;N;30.11.2026;03.12.2026;23.12.2026;' +
        '300;100;0;400;0;0;3296,13;300,00;3596,13;0,00;0,00;0,00;3596,13;-179,81' +
        // no net metering: the nine prosumer columns are empty
        ';'.repeat(9),
    );
    expect(iconv.decode(entries.get('stavke.csv')!, 'windows-1250')).toBe(
      'broj_racuna;rb;sifra;vrsta;opis;zone;register;quantity;unit;unit_price;iznos;medjuzbir\r\n' +
        '2611-1234567890;1;EN_VT;ENERGY;Električna energija VT;GREEN;VT;300;kWh;10,98710;3296,13;N\r\n' +
        '2611-1234567890;2;RTV;TV_FEE;Taksa za javni medijski servis;;;;;;300,00;N\r\n',
    );
    expect(iconv.decode(entries.get('uplate.csv')!, 'windows-1250')).toBe(
      'id_uplate;ed_broj;naplatni_broj;datum_uplate;iznos;kanal;poziv_na_broj;uplatilac;portal_nalog;stornira\r\n' +
        'P-1;1234567890;2034567891;04.12.2026;3596,13;IPS;972034567891;;;\r\n' +
        'P-2;1234567890;2034567891;05.12.2026;-674,74;BANK;;;;P-0\r\n',
    );
    expect(iconv.decode(entries.get('kontrola.csv')!, 'windows-1250')).toBe(
      'kljuc;vrednost\r\nregion;BG\r\ndatum;03.12.2026\r\nredni_broj;42\r\nvrsta;DELTA\r\n' +
        'kupci.csv;1\r\nmerna_mesta.csv;1\r\nracuni.csv;1\r\nstavke.csv;2\r\nuplate.csv;2\r\n' +
        'suma_racuna;3596,13\r\nsuma_uplata;2921,39\r\n',
    );
  });

  it('states a wrong trailer on request and leaves no temporary files', async () => {
    const folder = await temporaryFolder();
    const { files, trailer } = await writeExport(folder, knownHeader('BG'), knownRecords, {
      trailer: (computed) => ({ ...computed, sumPayments: '0.01' }),
    });
    expect(trailer.sumPayments).toBe('2921.39');
    const kontrola = iconv.decode((await zipEntries(files[0]!)).get('kontrola.csv')!, 'windows-1250');
    expect(kontrola).toContain('suma_uplata;0,01\r\n');
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(folder)).toEqual(['BG_20261203_000042.zip']);
  });
});
