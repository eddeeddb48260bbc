// ERS (Elektroprivreda Republike Srpske) household prices on public supply, KM without VAT, and the
// assumptions of its band rule. seeds/004 gives the layout and the bands, not the prices.
import { defaultTariffRules, type TariffRules } from './rules.js';
import type { ErsHouseholdTariff } from './types.js';

export const ersHouseholdTariffs: readonly ErsHouseholdTariff[] = [
  {
    code: 'ERS_HOUSEHOLD',
    validFrom: '2023-01-01',
    validTo: null,
    source:
      'RERS tariff decisions, Sl. glasnik Republike Srpske 125/22 (band prices as reported by glastk.ba); ' +
      'OIEE fee from 1.1.2017 (elektrokrajina.com); other prices ASSUMPTION',
    // Reported from 1.1.2023: up to 500 kWh 0.0544, 501-1500 kWh 0.0914, over 1500 kWh 0.2013 KM/kWh.
    // Assumption: that is the higher (AVT) and the single-rate price; the lower tariff (AMT) half of it.
    energy: {
      BAND_I: { VT: '0.0544', NT: '0.0272', SINGLE: '0.0544' },
      BAND_II: { VT: '0.0914', NT: '0.0457', SINGLE: '0.0914' },
      BAND_III: { VT: '0.2013', NT: '0.10065', SINGLE: '0.2013' },
    },
    // seeds/004 field 26: I up to 500 kWh, II 501 - 1500 kWh, III from 1501 kWh.
    bandLimits: { bandI: 500, bandII: 1500 },
    // Assumption: no source for the network fee (mrežarina) in our material; values of a realistic size.
    networkPerKwh: { VT: '0.066', NT: '0.033', SINGLE: '0.06' },
    networkPerKw: '1.1',
    // RERS: 0.0044 KM/kWh from 1.1.2017; assumption: still in force.
    renewablesFeePerKwh: '0.0044',
    // Assumption: no source for the supply fee (naknada za uslugu snabdijevanja).
    supplyFeePerMonth: '2.5',
    // VAT in Bosnia and Herzegovina
    vatRate: '17',
  },
];

/**
 * The band rule's assumptions, on top of the EPS ones that apply the same way (rounding of scaled limits,
 * VT/NT split within each band, split at a price change, monthly items at a price change).
 * - bandLimits: seeds/004 gives the bands for a bill without saying whether they move with the days of
 *   the period. 'scaled-by-days' (the default) treats them as per 30 days, like the EPS zones;
 *   'fixed' applies them to every bill whatever its days.
 */
export interface ErsRules extends TariffRules {
  bandLimits: 'scaled-by-days' | 'fixed';
}

export const defaultErsRules: ErsRules = {
  ...defaultTariffRules,
  // seeds/004: the bands' AVT/AMT shares "are rounded to whole numbers" (to the nearest)
  tariffSplitRounding: 'vt-nearest-cumulative',
  bandLimits: 'scaled-by-days',
};
