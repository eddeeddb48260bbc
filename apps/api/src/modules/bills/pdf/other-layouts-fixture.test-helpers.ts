// Bills of the two other suppliers' layouts to render: an ERS household (bands, KM, seeds/004) and an
// EPCG household (EUR, seeds/003). Lines from the tariff engines, the supplier as the bills service gives
// it (supplierOfLayout), no EPS branch and no Serbian payment slip: they are paid to their supplier.
import type { BillDetail } from '@portal/contract';
import {
  computeEpcgBill,
  computeErsHouseholdBill,
  epcgTariffs,
  ersHouseholdTariffs,
  supplierOfLayout,
  type BillLayout,
} from '@portal/domain';
import { supplierView } from '../bill-view.js';
import { householdBill } from './bill-fixtures.test-helpers.js';
import { accountOf, contractLine } from './fixture-account.test-helpers.js';

const period = { periodStart: '2026-01-16', periodEnd: '2026-02-15' };

function otherLayoutBill(
  layout: Extract<BillLayout, 'ERS_BANDS' | 'EPCG'>,
  computed: { lines: Parameters<typeof contractLine>[0][]; periodCharge: number; days: number },
  address: BillDetail['meteringPoint']['address'],
): BillDetail {
  const eps = householdBill();
  const base = {
    customer: { name: 'Јована Илић', personType: 'natural' as const, deliveryAddress: address },
    billingNumber: '4012345678',
    ...period,
  };
  const account = accountOf(base, {
    periodCharge: computed.periodCharge,
    tvFee: 0,
    previousDebt: '0.00',
    paymentsInPeriod: '0.00',
    interest: '0.00',
    onTimeDiscountOffer: 0,
  });
  const supplier = supplierOfLayout(layout);
  return {
    ...eps,
    ...base,
    ...account,
    layout,
    currency: supplier.currency,
    supplier: supplierView(supplier),
    branch: null,
    days: computed.days,
    meteringPoint: { ...eps.meteringPoint, address, contractNumber: null },
    consumption: { ...eps.consumption, green: 0, blue: 0, red: 0 },
    lines: computed.lines.map(contractLine),
    // paid to the supplier: no Serbian slip, payee or IPS QR
    payment: null,
  };
}

/** ERS household in Banja Luka: 612 kWh (VT 441, NT 171), bands I and II. */
export function ersBill(): BillDetail {
  const computed = computeErsHouseholdBill({
    ...period,
    consumption: { vt: 441, nt: 171 },
    billingPowerKw: '7',
    tariffs: ersHouseholdTariffs,
  });
  return otherLayoutBill('ERS_BANDS', computed, {
    street: 'Краља Петра I Карађорђевића 97',
    postalCode: '78000',
    city: 'Бања Лука',
  });
}

/** EPCG household in Podgorica: 612 kWh (VT 441, NT 171), the 5% discount earned. */
export function epcgBill(): BillDetail {
  const computed = computeEpcgBill({
    ...period,
    category: 'HOUSEHOLD',
    consumption: { vt: 441, nt: 171 },
    discount: 'regular',
    tariffs: epcgTariffs,
  });
  return otherLayoutBill('EPCG', computed, {
    street: 'Булевар Светог Петра Цетињског 12',
    postalCode: '81000',
    city: 'Подгорица',
  });
}
