// Bill PDF throughput: one process rendering the household fixture (dual-rate, Cyrillic, IPS QR code,
// 13-month chart, payment slip) N times in a row, as the e-bill download and the monthly e-mail do.
// Run: pnpm --filter @portal/api exec tsx bench/bill-pdf.bench.ts [--pdfs 300] [--locale sr-Cyrl] [--vary]
// Prints PDFs per second, the average size, and the first render (fonts and modules loading) apart.
// --vary renders a different bill each time (payer, numbers, amounts, QR code), as the monthly e-mail
// does: the layouts of words shared across documents then help with the labels only.
import { parseArgs } from 'node:util';
import { isLocale, type BillDetail } from '@portal/contract';
import { historyFor, householdBill } from '../src/modules/bills/pdf/bill-fixtures.test-helpers.js';
import { accountOf } from '../src/modules/bills/pdf/fixture-account.test-helpers.js';
import { renderBillPdf } from '../src/modules/bills/pdf/index.js';

const { values } = parseArgs({
  options: {
    pdfs: { type: 'string', default: '300' },
    locale: { type: 'string', default: 'sr-Cyrl' },
    vary: { type: 'boolean', default: false },
  },
});
const pdfs = Number(values.pdfs);
const locale = values.locale;
if (!isLocale(locale)) throw new Error(`unknown locale ${locale}`);

const bill = householdBill();
const history = historyFor(bill, 13);
const payers = ['Милан Јовановић', 'Драгана Николић', 'Петар Стојановић', 'Јелена Марковић', 'Ненад Илић'];

/** The household bill of another customer: `i` makes its numbers, amounts and QR payload its own. */
function variant(i: number): BillDetail {
  const customer = { ...bill.customer, name: payers[i % payers.length]! };
  const billingNumber = String(2034567891 + i * 7919);
  const balance = {
    periodCharge: 812345 + i * 137,
    tvFee: 34900,
    previousDebt: (1000 + i * 3.17).toFixed(2),
    paymentsInPeriod: '1000.00',
    interest: '0.00',
    onTimeDiscountOffer: 24012 + i,
  };
  const base = { customer, billingNumber, periodStart: bill.periodStart, periodEnd: bill.periodEnd };
  return { ...bill, ...accountOf(base, balance), customer, billingNumber, number: `2602-${billingNumber}` };
}
const bills = values.vary ? Array.from({ length: pdfs }, (_, i) => variant(i)) : [];

let t = performance.now();
await renderBillPdf(bill, history, locale);
const firstMs = performance.now() - t;

let bytes = 0;
const durations: number[] = [];
t = performance.now();
for (let i = 0; i < pdfs; i++) {
  const started = performance.now();
  bytes += (await renderBillPdf(bills[i] ?? bill, history, locale)).length;
  durations.push(performance.now() - started);
}
const seconds = (performance.now() - t) / 1000;
durations.sort((a, b) => a - b);
const pct = (p: number) =>
  durations[Math.min(durations.length - 1, Math.floor(durations.length * p))]!.toFixed(1);
console.log(`first render (cold): ${firstMs.toFixed(0)} ms`);
console.log(
  `${pdfs} ${values.vary ? 'different ' : ''}bill PDFs (${locale}) in ${seconds.toFixed(2)} s: ${(pdfs / seconds).toFixed(1)} PDFs/s, ` +
    `p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, average size ${(bytes / pdfs / 1024).toFixed(1)} KiB`,
);
