// Reads a generated KG export of about 200 MB (override with KG_BENCH_MB) through the streaming reader
// and prints rows per second and peak RSS: the evidence that a multi-GB export reads in bounded memory.
// Not a test (no timing is asserted). Run: pnpm exec tsx packages/regional-import/bench/read-large.ts
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { kgXmlReader } from '../src/readers/kg-xml.js';
import { measure } from './measure.js';

const targetBytes = Number(process.env.KG_BENCH_MB ?? 200) * 1024 * 1024;

function bill(index: number): string {
  const number = `R-${String(index).padStart(10, '0')}`;
  const line = (position: number, amount: string) =>
    `<stavka><position>${position}</position><code>EN</code><kind>ENERGY</kind>` +
    `<description><![CDATA[Električna energija "zelena" zona]]></description><amount>${amount}</amount>` +
    `<subtotal>false</subtotal></stavka>`;
  return (
    `<racun><billNumber>${number}</billNumber><edNumber>1234567890</edNumber><accountNumber>0012345678</accountNumber>` +
    `<layout>EPS_HOUSEHOLD</layout><status>I</status><periodStart>2026-11-01</periodStart><periodEnd>2026-11-30</periodEnd>` +
    `<days>30</days><notRead>false</notRead><issueDate>2026-12-03</issueDate><dueDate>2026-12-20</dueDate>` +
    `<kwhVt>300</kwhVt><kwhNt>100</kwhNt><kwhSingle>0</kwhSingle><kwhGreen>350</kwhGreen><kwhBlue>50</kwhBlue>` +
    `<kwhRed>0</kwhRed><periodCharge>3596.13</periodCharge><tvFee>349.00</tvFee><monthTotal>3945.13</monthTotal>` +
    `<previousDebt>0.00</previousDebt><paymentsInPeriod>0.00</paymentsInPeriod><interest>0.00</interest>` +
    `<totalToPay>39.45</totalToPay><discountOffer>0.00</discountOffer>${line(1, '3596.13')}${line(2, '349.00')}</racun>\n`
  );
}

function customer(index: number): string {
  return (
    `<kupac><customerId>K${index}</customerId><personType>P</personType><name>Ђорђевић &amp; синови д.о.о.</name>` +
    `<pib>101134702</pib><street>Краља Петра 1</street><postalCode>34000</postalCode><city>Крагујевац</city></kupac>\n`
  );
}

/** Writes the export through a stream, waiting on drain: the generator holds no more than a chunk. */
async function generate(path: string): Promise<{ bills: number; customers: number }> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await write(
    '<izvoz xmlns="urn:eps:kg:izvoz:1" region="KG" datum="2026-12-03" redniBroj="42" vrsta="FULL">\n',
  );
  let bills = 0;
  let customers = 0;
  while (out.bytesWritten + out.writableLength < targetBytes) {
    await write(customer(customers++));
    for (let i = 0; i < 3; i += 1) await write(bill(bills++));
  }
  const sum = ((BigInt(bills) * 3945n) / 1n).toString();
  await write(
    `<kontrola><broj tip="kupac">${customers}</broj><broj tip="racun">${bills}</broj><broj tip="stavka">${bills * 2}</broj>` +
      `<sumaRacuna>${sum.slice(0, -2) || '0'}.${sum.slice(-2).padStart(2, '0')}</sumaRacuna><sumaUplata>0.00</sumaUplata></kontrola>\n</izvoz>\n`,
  );
  out.end();
  await once(out, 'finish');
  return { bills, customers };
}

await measure('KG_20261203_000042.xml', generate, (path) =>
  kgXmlReader({
    format: 'kg-xml',
    region: 'KG',
    exportDate: '2026-12-03',
    sequence: 42,
    name: path,
    files: [path],
  }),
);
