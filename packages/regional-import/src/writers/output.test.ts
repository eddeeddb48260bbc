import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../testing/read-back.js';
import { CsvOutput } from './output.js';

describe('CSV output', () => {
  it('quotes a field with the delimiter, a quote or any line break, doubling quotes inside', async () => {
    const path = join(await temporaryFolder(), 'a.csv');
    const csv = CsvOutput.open(path, ['a', 'b'], { delimiter: ';', charset: 'windows-1250' });
    await csv.row(['x;y', 'say "hi"']);
    await csv.row(['line\nfeed', 'carriage\rreturn']);
    await csv.row(['plain, with comma', '']);
    await csv.close();
    expect(iconv.decode(await readFile(path), 'windows-1250')).toBe(
      'a;b\r\n"x;y";"say ""hi"""\r\n"line\nfeed";"carriage\rreturn"\r\nplain, with comma;\r\n',
    );
    expect(csv.records).toBe(3);
  });

  it('writes a UTF-8 byte-order mark when asked', async () => {
    const path = join(await temporaryFolder(), 'b.csv');
    const csv = CsvOutput.open(path, ['name'], { delimiter: ',', charset: 'utf-8', bom: true });
    await csv.row(['Ниш, центар']);
    await csv.close();
    expect((await readFile(path)).toString('hex', 0, 3)).toBe('efbbbf');
    expect((await readFile(path, 'utf8')).slice(1)).toBe('name\r\n"Ниш, центар"\r\n');
  });
});
