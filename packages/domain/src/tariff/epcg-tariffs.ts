// EPCG (Elektroprivreda Crne Gore) prices, EUR without VAT. seeds/003 gives the items of the bill and the
// rules of the discounts and the social subsidy, not the prices: every price here is an ASSUMPTION of a
// realistic size, to be replaced by RAE's decisions when the portal takes EPCG's bills for real.
import type { EpcgTariff } from './types.js';

export const epcgTariffs: readonly EpcgTariff[] = [
  {
    code: 'EPCG',
    validFrom: '2023-01-01',
    validTo: null,
    source:
      'seeds/003 (items, 5%/10% discounts on active energy, subsidy 40% up to 60 EUR else 24 EUR); ' +
      'Montenegrin VAT 21%; prices ASSUMPTION',
    activeEnergy: { VT: '0.0866', NT: '0.0433', SINGLE: '0.0758' },
    reactivePerKvarh: '0.0106',
    billingPowerPerKw: '5.3473',
    networkCapacityPerKwh: { VT: '0.0262', NT: '0.0131', SINGLE: '0.0229' },
    lossesPerKwh: { VT: '0.0068', NT: '0.0034', SINGLE: '0.0059' },
    renewablesFeePerKwh: '0.0094',
    networkFixedPerMonth: '2.07',
    marketOperatorFeePerKwh: '0.00025',
    // seeds/003 item 31
    discountRates: { regular: '5', goldenTeam: '10' },
    // seeds/003 items 33-35: 40% of a bill up to 60 EUR, above it the bill less 24 EUR (40% of 60)
    subsidy: { rate: '40', ceiling: '60.00' },
    vatRate: '21',
  },
];
