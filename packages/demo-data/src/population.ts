// Who the customers are: persons and companies, their customer records in each regional system,
// billing accounts, metering points, meters, contracts and consumption habits.
import { jmbgCheckDigit, maticniBrojCheckDigit, pibCheckDigit } from '@portal/domain';
import type { Random } from './random.js';
import { demoRegions, type DemoRegion } from './regions.js';
import {
  companyForms,
  companyNames,
  companyWords,
  femaleFirstNames,
  lastNames,
  maleFirstNames,
  streetNames,
} from './vocabulary.js';

export type PaymentHabit = 'punctual' | 'late' | 'erratic' | 'defaulter';

export interface ConsumptionHabit {
  /** kWh a day all year round */
  baseDaily: number;
  /** extra kWh a day at the coldest time of the year (electric heating) */
  heatingDaily: number;
  /** extra kWh a day at the hottest time of the year (air conditioning) */
  coolingDaily: number;
  /** share of the high (day) tariff in the consumption of a dual-rate meter */
  vtShare: number;
}

export interface PlannedMeteringPoint {
  id: string;
  regionId: string;
  edNumber: string;
  eic: string;
  category: 'HOUSEHOLD' | 'COMMERCIAL' | 'POWER_METERING';
  /** billed by another supplier's layout (ERS, EPCG) instead of EPS's for its category */
  layout?: 'ERS_BANDS' | 'EPCG';
  rateType: 'SINGLE' | 'DUAL';
  approvedPowerKw: string;
  billingPowerKw: string;
  phases: number;
  tvFeeApplies: boolean;
  street: string;
  postalCode: string;
  city: string;
  nickname: string | null;
  consumption: ConsumptionHabit;
  /** a prosumer's solar panels (kupac-proizvođač on net metering): kWh a day on a clear June day */
  solarDailyKwh?: number;
  meter: {
    id: string;
    serialNumber: string;
    model: string;
    manufactureYear: number;
    installedOn: string;
    /** the register values' multiplier; 1 when left out */
    constant?: string;
  };
  /** power metering: kvarh per kWh of active energy (tan φ) and the peak over the mean power */
  powerMetering?: { reactivePerKwh: number; peakFactor: number };
  contract: { id: string; number: string; startDate: string };
}

export interface PlannedAccount {
  id: string;
  regionId: string;
  customerId: string;
  number: string;
  meteringPoints: PlannedMeteringPoint[];
}

export interface PlannedCustomer {
  id: string;
  regionId: string;
  sourceId: string;
  personType: 'NATURAL' | 'LEGAL';
  jmbg: string | null;
  pib: string | null;
  maticniBroj: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  deliveryStreet: string;
  deliveryPostalCode: string;
  deliveryCity: string;
  paymentHabit: PaymentHabit;
  accounts: PlannedAccount[];
}

/** Hands out identifiers that are unique within a dataset. */
export class IdentifierPool {
  private used = new Set<string>();
  private serial = 0;

  unique(make: () => string): string {
    for (;;) {
      const value = make();
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
  }

  next(): number {
    return ++this.serial;
  }
}

export function pickRegion(random: Random): DemoRegion {
  return random.weighted(demoRegions.map((r) => [r, r.weight] as const));
}

export function makeJmbg(random: Random): string {
  for (;;) {
    const year = random.int(1940, 2004);
    const dd = String(random.int(1, 28)).padStart(2, '0');
    const mm = String(random.int(1, 12)).padStart(2, '0');
    const yyy = String(year % 1000).padStart(3, '0');
    const first12 = `${dd}${mm}${yyy}${random.pick(['71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '85'])}${random.digits(3)}`;
    const check = jmbgCheckDigit(first12);
    if (check !== null) return first12 + String(check);
  }
}

export function makePib(random: Random): string {
  const first8 = `1${random.digits(7)}`;
  return first8 + String(pibCheckDigit(first8));
}

export function makeMaticniBroj(random: Random): string {
  for (;;) {
    const first7 = `2${random.digits(6)}`;
    const check = maticniBrojCheckDigit(first7);
    if (check !== null) return first7 + String(check);
  }
}

export function personName(random: Random): string {
  const female = random.chance(0.5);
  const first = random.pick(female ? femaleFirstNames : maleFirstNames);
  let last: string = random.pick(lastNames);
  // Serbian surnames in -ић do not change; a few in -ски/-цки do.
  if (female && last.endsWith('ски')) last = last.slice(0, -1) + 'а';
  return `${first} ${last}`;
}

export function companyName(random: Random): string {
  return `${random.pick(companyWords)} „${random.pick(companyNames)}“ ${random.pick(companyForms)}`;
}

export function address(
  random: Random,
  region: DemoRegion,
): { street: string; postalCode: string; city: string } {
  const [city, postalCode] = random.pick(region.towns);
  return { street: `${random.pick(streetNames)} ${random.int(1, 180)}`, postalCode, city };
}

export function householdHabit(random: Random): ConsumptionHabit {
  const electricHeating = random.chance(0.22);
  return {
    baseDaily: Math.max(2.5, random.normal(8.5, 2.8)),
    heatingDaily: electricHeating ? Math.max(10, random.normal(30, 12)) : Math.max(0, random.normal(2, 1.5)),
    coolingDaily: random.chance(0.45) ? Math.max(0, random.normal(4, 2)) : 0,
    vtShare: Math.min(0.85, Math.max(0.5, random.normal(0.68, 0.06))),
  };
}

export function businessHabit(random: Random): ConsumptionHabit {
  return {
    baseDaily: Math.max(15, random.normal(90, 60)),
    heatingDaily: Math.max(0, random.normal(15, 10)),
    coolingDaily: Math.max(0, random.normal(10, 6)),
    vtShare: Math.min(0.92, Math.max(0.65, random.normal(0.8, 0.05))),
  };
}

export function paymentHabit(random: Random): PaymentHabit {
  return random.weighted([
    ['punctual', 74],
    ['late', 16],
    ['erratic', 7],
    ['defaulter', 3],
  ] as const);
}
