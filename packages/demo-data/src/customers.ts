// Builds households and small businesses from the population's building blocks.
import { addDays } from '@portal/domain';
import {
  address,
  businessHabit,
  companyName,
  householdHabit,
  makeJmbg,
  makeMaticniBroj,
  makePib,
  paymentHabit,
  personName,
  pickRegion,
  type IdentifierPool,
  type PlannedAccount,
  type PlannedCustomer,
  type PlannedMeteringPoint,
} from './population.js';
import type { Random } from './random.js';
import { demoRegions, type DemoRegion } from './regions.js';

export interface BuildContext {
  random: Random;
  ids: IdentifierPool;
  /** first day of the generated history */
  historyStart: string;
}

function meteringPoint(
  ctx: BuildContext,
  region: DemoRegion,
  category: 'HOUSEHOLD' | 'COMMERCIAL',
  place = address(ctx.random, region),
): PlannedMeteringPoint {
  const { random, ids } = ctx;
  const threePhase = category === 'COMMERCIAL' || random.chance(0.7);
  const consumption = category === 'HOUSEHOLD' ? householdHabit(random) : businessHabit(random);
  // Billing power without an approval (DOMAIN.md): 6.9 kW three-phase, 5.75 kW single-phase; bigger
  // consumers get 11.04 kW. Businesses have approved powers of their own.
  const billingPowerKw =
    category === 'COMMERCIAL'
      ? random.pick(['17.25', '22.08', '27.60', '34.50', '43.47'])
      : !threePhase
        ? '5.75'
        : consumption.heatingDaily > 12
          ? '11.04'
          : '6.90';
  const installedOn = addDays(ctx.historyStart, -random.int(400, 6000));
  return {
    id: random.uuid(),
    regionId: region.id,
    edNumber: ids.unique(() => `${random.int(1, 9)}${random.digits(9)}`),
    eic: ids.unique(() => `RS${region.id}Z${random.digits(11)}`),
    category,
    rateType: category === 'COMMERCIAL' || random.chance(0.7) ? 'DUAL' : 'SINGLE',
    approvedPowerKw: billingPowerKw,
    billingPowerKw,
    phases: threePhase ? 3 : 1,
    tvFeeApplies: category === 'HOUSEHOLD',
    ...place,
    nickname: null,
    consumption,
    meter: {
      id: random.uuid(),
      serialNumber: ids.unique(() => `${random.pick(['ISK', 'LG', 'EMH', 'ELS'])}${random.digits(9)}`),
      model: random.pick(['Iskraemeco MT174', 'Landis+Gyr E350', 'EMH LZQJ', 'Elster AS1440']),
      manufactureYear: Number(installedOn.slice(0, 4)) - random.int(0, 2),
      installedOn,
    },
    contract: {
      id: random.uuid(),
      number: ids.unique(() => `${region.id}-${random.digits(8)}`),
      startDate: installedOn,
    },
  };
}

function account(
  ctx: BuildContext,
  region: DemoRegion,
  customerId: string,
  points: PlannedMeteringPoint[],
): PlannedAccount {
  const { random, ids } = ctx;
  return {
    id: random.uuid(),
    regionId: region.id,
    customerId,
    // Unique per region in the billing systems; unique overall here, which is allowed.
    number: ids.unique(() => `${random.int(1, 9)}${random.digits(9)}`),
    meteringPoints: points,
  };
}

type Identity = Pick<
  PlannedCustomer,
  'personType' | 'jmbg' | 'pib' | 'maticniBroj' | 'name' | 'email' | 'phone' | 'paymentHabit'
>;

function customer(ctx: BuildContext, region: DemoRegion, identity: Identity): PlannedCustomer {
  const delivery = address(ctx.random, region);
  return {
    id: ctx.random.uuid(),
    regionId: region.id,
    sourceId: String(ctx.ids.next()),
    ...identity,
    deliveryStreet: delivery.street,
    deliveryPostalCode: delivery.postalCode,
    deliveryCity: delivery.city,
    accounts: [],
  };
}

/**
 * A household: one metering point; some also hold a second one (a weekend house), sometimes in another
 * region, which then lives in that region's billing system as a customer record of its own.
 */
export function buildHousehold(
  ctx: BuildContext,
  options: { home?: DemoRegion; weekendHouse?: DemoRegion | null } = {},
): PlannedCustomer[] {
  const { random } = ctx;
  const identity: Identity = {
    personType: 'NATURAL',
    jmbg: makeJmbg(random),
    pib: null,
    maticniBroj: null,
    name: personName(random),
    email: random.chance(0.6) ? `${random.digits(6)}@example.rs` : null,
    phone: random.chance(0.7) ? `06${random.int(0, 9)} ${random.digits(7)}` : null,
    paymentHabit: paymentHabit(random),
  };
  const home = options.home ?? pickRegion(random);
  const records = [customer(ctx, home, identity)];
  records[0]!.accounts.push(account(ctx, home, records[0]!.id, [meteringPoint(ctx, home, 'HOUSEHOLD')]));
  const weekendRegion =
    options.weekendHouse !== undefined
      ? options.weekendHouse
      : random.chance(0.08)
        ? random.chance(0.5)
          ? home
          : pickRegion(random)
        : null;
  if (weekendRegion) {
    const record = weekendRegion === home ? records[0]! : customer(ctx, weekendRegion, identity);
    if (record !== records[0]) records.push(record);
    const point = meteringPoint(ctx, weekendRegion, 'HOUSEHOLD');
    point.consumption = { ...point.consumption, baseDaily: point.consumption.baseDaily / 3, heatingDaily: 0 };
    record.accounts.push(account(ctx, weekendRegion, record.id, [point]));
  }
  return records;
}

/** A small business with `count` metering points spread over regions: one billing account per region. */
export function buildBusiness(
  ctx: BuildContext,
  count: number,
  habit = paymentHabit(ctx.random),
  regions?: DemoRegion[],
): PlannedCustomer[] {
  const { random } = ctx;
  const identity: Identity = {
    personType: 'LEGAL',
    jmbg: null,
    pib: makePib(random),
    maticniBroj: makeMaticniBroj(random),
    name: companyName(random),
    email: `office${random.digits(5)}@example.rs`,
    phone: `0${random.int(11, 37)} ${random.digits(6)}`,
    paymentHabit: habit,
  };
  const spread = regions ?? (count >= 10 ? demoRegions : [pickRegion(random), pickRegion(random)]);
  const byRegion = new Map<DemoRegion, PlannedMeteringPoint[]>();
  for (let i = 0; i < count; i++) {
    const region = i < spread.length ? spread[i]! : random.pick(spread);
    byRegion.set(region, [...(byRegion.get(region) ?? []), meteringPoint(ctx, region, 'COMMERCIAL')]);
  }
  return [...byRegion].map(([region, points]) => {
    const record = customer(ctx, region, identity);
    record.accounts.push(account(ctx, region, record.id, points));
    return record;
  });
}

/** How many metering points a business has: most have a few, some have dozens. */
export function businessSize(random: Random): number {
  return random.weighted([
    [3, 30],
    [4, 20],
    [5, 15],
    [random.int(6, 12), 20],
    [random.int(13, 30), 10],
    [random.int(31, 60), 5],
  ] as const);
}
