// The fixed demo logins of the README. Their identities never change, whatever the dataset's size.
import { buildBusiness, buildHousehold, type BuildContext } from './customers.js';
import type { PlannedCustomer, PlannedMeteringPoint } from './population.js';
import { demoRegions } from './regions.js';

export const demoIdentities = {
  household: {
    username: 'demo.household',
    name: 'Марко Петровић',
    jmbg: '1503985710037',
    /** linked to demo.household */
    billingNumber: '2034567891',
    /** the same customer's second contract, in Niš, not linked yet: try linking it */
    unlinkedBillingNumber: '3045678912',
  },
  business: {
    username: 'demo.business',
    name: 'Пекара „Морава“ д.о.о.',
    pib: '108452175',
    maticniBroj: '20945133',
    meteringPoints: 60,
  },
  /** a household billed by the other two layouts the portal holds: ERS (KM) and EPCG (EUR) */
  otherLayouts: { username: 'demo.regions', name: 'Јована Илић' },
  /** a household in Novi Sad with solar panels on its roof: a prosumer on net metering */
  prosumer: { username: 'demo.prosumer', name: 'Јелена Стојановић' },
  /** a cold store in Kragujevac billed with power metering (EPS's third layout), meter constant 40 */
  powerMetering: { username: 'demo.industry', name: 'Хладњача „Шумадија“ д.о.о.' },
  /**
   * Staff must use TOTP. The demo's staff have it enrolled with these fixed secrets (base32, printed in
   * the README) so that a reviewer can add them to an authenticator app; the API seals them at the
   * first start (apps/api/src/startup.ts), as it needs its own key for that.
   */
  support: { username: 'demo.support', totpSecret: 'DEMOSUPPORTTOTPSECRETFORREVIEW22' },
  supervisor: { username: 'demo.supervisor', totpSecret: 'DEMOSUPERVISORTOTPSECRETREVIEW22' },
} as const;

export interface DemoPlan {
  customers: PlannedCustomer[];
  /** metering points linked to each demo user */
  links: { username: string; meteringPointIds: string[]; nicknames?: Map<string, string> }[];
  /** how many of the newest bills stay unpaid, per metering point id */
  unpaidLatest: Map<string, number>;
}

export function planDemoAccounts(ctx: BuildContext): DemoPlan {
  const unpaidLatest = new Map<string, number>();
  const { household, business } = demoIdentities;

  // Marko: a house in Belgrade (linked) and a weekend house in Niš (a contract he has not linked yet).
  const region = (id: string) => demoRegions.find((r) => r.id === id)!;
  const marko = buildHousehold(ctx, { home: region('BG'), weekendHouse: region('NI') });
  const [home, weekend] = marko as [PlannedCustomer, PlannedCustomer];
  for (const record of marko) Object.assign(record, { name: household.name, jmbg: household.jmbg });
  home.paymentHabit = 'late';
  weekend.paymentHabit = 'punctual';
  const homeAccount = home.accounts[0]!;
  homeAccount.number = household.billingNumber;
  weekend.accounts[0]!.number = household.unlinkedBillingNumber;
  const homePoint = homeAccount.meteringPoints[0]!;
  homePoint.rateType = 'DUAL';
  homePoint.consumption = { ...homePoint.consumption, baseDaily: 9, heatingDaily: 28, vtShare: 0.7 };
  // The last bill is not due yet, the two before it are overdue: enough for a warning before disconnection.
  unpaidLatest.set(homePoint.id, 3);

  // The bakery: 60 metering points in all five regions; a few shops are behind with their bills.
  const bakery = buildBusiness(ctx, business.meteringPoints, 'punctual');
  for (const record of bakery)
    Object.assign(record, { name: business.name, pib: business.pib, maticniBroj: business.maticniBroj });
  const bakeryPoints = bakery.flatMap((c) => c.accounts.flatMap((a) => a.meteringPoints));
  bakeryPoints.slice(0, 4).forEach((p, i) => unpaidLatest.set(p.id, [1, 2, 3, 4][i]!));

  // Jovana: a house billed on ERS's layout (bands, KM) and a flat billed on EPCG's (EUR), one account each.
  const jovana = buildHousehold(ctx, { home: region('NI'), weekendHouse: region('KV') });
  for (const record of jovana) Object.assign(record, { name: demoIdentities.otherLayouts.name });
  const [ersPoint, epcgPoint] = jovana.flatMap((c) => c.accounts.flatMap((a) => a.meteringPoints)) as [
    PlannedMeteringPoint,
    PlannedMeteringPoint,
  ];
  ersPoint.layout = 'ERS_BANDS';
  ersPoint.rateType = 'DUAL';
  epcgPoint.layout = 'EPCG';
  epcgPoint.rateType = 'DUAL';
  jovana.forEach((c) => (c.paymentHabit = 'punctual'));

  const nicknames = new Map(bakeryPoints.map((p, i) => [p.id, `${region(p.regionId).name} ${i + 1}`]));

  return {
    customers: [...marko, ...bakery, ...jovana],
    links: [
      {
        username: household.username,
        meteringPointIds: [homePoint.id],
        nicknames: new Map([[homePoint.id, 'Кућа']]),
      },
      { username: business.username, meteringPointIds: bakeryPoints.map((p) => p.id), nicknames },
      { username: demoIdentities.support.username, meteringPointIds: [] },
      { username: demoIdentities.supervisor.username, meteringPointIds: [] },
      // last: the users' fixed ids follow this order
      {
        username: demoIdentities.otherLayouts.username,
        meteringPointIds: [ersPoint.id, epcgPoint.id],
        nicknames: new Map([
          [ersPoint.id, 'Кућа (ЕРС)'],
          [epcgPoint.id, 'Стан (ЕПЦГ)'],
        ]),
      },
    ],
    unpaidLatest,
  };
}

/**
 * Jelena: a house in Novi Sad with solar panels; in summer they deliver more than she takes. Planned after
 * every other customer, from a random of its own, so that it changes nothing of the data before it.
 */
export function planDemoProsumer(ctx: BuildContext): {
  customers: PlannedCustomer[];
  link: DemoPlan['links'][number];
} {
  const { prosumer } = demoIdentities;
  const jelena = buildHousehold(ctx, { home: demoRegions.find((r) => r.id === 'NS')!, weekendHouse: null });
  for (const record of jelena) Object.assign(record, { name: prosumer.name, paymentHabit: 'punctual' });
  const point = jelena[0]!.accounts[0]!.meteringPoints[0]!;
  Object.assign(point, { rateType: 'DUAL', solarDailyKwh: 26 });
  point.consumption = { ...point.consumption, baseDaily: 12, heatingDaily: 14, vtShare: 0.65 };
  return {
    customers: jelena,
    link: {
      username: prosumer.username,
      meteringPointIds: [point.id],
      nicknames: new Map([[point.id, 'Кућа са панелима']]),
    },
  };
}
