// A one-day DELTA on top of the sample generator's FULL export (sequence 1, as of 2026-12-03): about
// one customer in 30 gets December's bill (with its lines) and pays November's, and one in 300 of
// those with a bill a dunning notice. The keys are the generator's (number10 below is its rule).
import { addDays, yymm } from '@portal/domain';
import { regionCodes, type ExportHeader, type ExportRecord, type RegionCode } from '@portal/regional-import';

export const deltaDay = '2027-01-04';

/** Same rule as the generator's sample-bad-rows.ts number10 (not exported from the package). */
const number10 = (region: RegionCode, kind: number, index: number): string =>
  `${regionCodes.indexOf(region) + 1}${kind}${String(index).padStart(8, '0')}`;

export const deltaHeader = (region: RegionCode): ExportHeader => ({
  region,
  exportDate: deltaDay,
  sequence: 2,
  kind: 'DELTA',
});

export function* deltaRecords(region: RegionCode, customers: number): Generator<ExportRecord> {
  const periodStart = '2026-12-01';
  const periodEnd = '2026-12-31';
  const issueDate = deltaDay;
  for (let index = 30; index <= customers; index += 30) {
    const edNumber = number10(region, 5, index);
    const accountNumber = number10(region, 1, index);
    const billNumber = `${yymm(periodEnd)}-${edNumber}`;
    const kwh = 300;
    // one energy line, the TV fee: the non-subtotal lines add up to period charge + TV fee
    const energy = 3_296_13; // para
    const tvFee = 299_00;
    yield {
      type: 'bill',
      data: {
        billNumber,
        edNumber,
        accountNumber,
        layout: 'EPS_HOUSEHOLD',
        status: 'I',
        periodStart,
        periodEnd,
        days: 31,
        notRead: false,
        readingDate: periodEnd,
        issueDate,
        dueDate: addDays(issueDate, 20),
        kwhVt: 0,
        kwhNt: 0,
        kwhSingle: kwh,
        kwhGreen: kwh,
        kwhBlue: 0,
        kwhRed: 0,
        periodCharge: rsd(energy),
        tvFee: rsd(tvFee),
        monthTotal: rsd(energy + tvFee),
        previousDebt: rsd(0),
        paymentsInPeriod: rsd(0),
        interest: rsd(0),
        totalToPay: rsd(energy + tvFee),
        discountOffer: rsd(0),
      },
    };
    yield {
      type: 'billLine',
      data: {
        billNumber,
        position: 1,
        code: 'EN_JT',
        kind: 'ENERGY',
        description: 'Električna energija JT',
        zone: 'GREEN',
        register: 'SINGLE',
        quantity: String(kwh),
        unit: 'kWh',
        unitPrice: '10.987100',
        amount: rsd(energy),
        subtotal: false,
      },
    };
    yield {
      type: 'billLine',
      data: {
        billNumber,
        position: 2,
        code: 'RTV',
        kind: 'TV_FEE',
        description: 'Taksa za javni medijski servis',
        amount: rsd(tvFee),
        subtotal: false,
      },
    };
    yield {
      type: 'payment',
      data: {
        paymentId: `P-${edNumber}-D${deltaDay}`,
        edNumber,
        accountNumber,
        paidOn: addDays(deltaDay, -1),
        amount: rsd(1000_00),
        channel: 'IPS',
        reference: `97${accountNumber}${yymm('2026-11-30')}`,
      },
    };
    if (index % 300 === 0)
      yield {
        type: 'notice',
        data: {
          noticeNumber: `UO-D-${edNumber}`,
          edNumber,
          kind: 'U',
          issuedOn: addDays(deltaDay, -1),
          debtAmount: rsd(1000_00),
          debtDate: addDays(deltaDay, -2),
          deadline: addDays(deltaDay, 15),
        },
      };
  }
}

/** para as the export's decimal text, like the generator's rsd */
function rsd(para: number): string {
  return `${Math.trunc(para / 100)}.${String(para % 100).padStart(2, '0')}`;
}
