// The demo dataset's rows, built once for every destination: the database (generate.ts) or the five
// regions' exports (exports/). Same seed, same rows, in the same order, whichever sink takes them.
import { addDays, endOfMonth } from '@portal/domain';
import { buildBusiness, buildHousehold, businessSize, type BuildContext } from './customers.js';
import { planDemoAccounts, planDemoProsumer, type DemoPlan } from './demo-accounts.js';
import { planDemoPowerMetering } from './demo-power-metering.js';
import { generateHistory } from './history.js';
import { IdentifierPool, type PlannedCustomer } from './population.js';
import { tariffRows } from './pricing.js';
import { Random, resetUuidSequence } from './random.js';
import type { Sink } from './sink.js';

export interface DatasetOptions {
  /** random customers besides the demo accounts */
  customers: number;
  seed?: number;
  /** the day the data is generated "as of": bills up to the month before it */
  asOf: string;
  months: number;
}

/**
 * Adds regions, tariffs, the demo accounts and `customers` random customers with their history to the
 * sink, and returns the demo accounts' plan (whose users and links are portal data, added apart).
 * `afterCustomer` runs after each random customer, e.g. to flush the sink.
 */
export async function buildDataset(
  sink: Sink,
  options: DatasetOptions,
  afterCustomer: (index: number) => Promise<void> = async () => {},
): Promise<DemoPlan> {
  const { asOf, months } = options;
  resetUuidSequence();
  const random = new Random(options.seed ?? 2026);
  const ctx: BuildContext = {
    random,
    ids: new IdentifierPool(),
    historyStart: addDays(endOfMonth(asOf, -months - 1), -3),
  };
  const tariffVersionIds = addReferenceData(sink, random);

  const demo = planDemoAccounts(ctx);
  const addCustomers = (records: PlannedCustomer[], salt: number) => {
    for (const record of records) {
      addCustomer(sink, record);
      for (const account of record.accounts) {
        for (const point of account.meteringPoints) {
          generateHistory(random.fork(salt++), account, point, sink, {
            asOf,
            months,
            habit: record.paymentHabit,
            unpaidLatest: demo.unpaidLatest.get(point.id),
            payerName: record.name,
            tariffVersionIds,
          });
          sink.completeBills();
        }
      }
    }
  };
  addCustomers(demo.customers, 1);
  for (let i = 0; i < options.customers; i++) {
    const records = random.chance(0.03) ? buildBusiness(ctx, businessSize(random)) : buildHousehold(ctx);
    addCustomers(records, 1000 + i * 100);
    await afterCustomer(i);
  }
  const prosumer = planDemoProsumer({ ...ctx, random: new Random((options.seed ?? 2026) + 1) });
  addCustomers(prosumer.customers, 900_000);
  demo.customers.push(...prosumer.customers);
  demo.links.push(prosumer.link);
  // After the prosumer, from a random of its own likewise: the data before it stays as it was.
  const industry = planDemoPowerMetering({ ...ctx, random: new Random((options.seed ?? 2026) + 2) });
  addCustomers(industry.customers, 950_000);
  demo.customers.push(...industry.customers);
  demo.links.push(industry.link);
  return demo;
}

/**
 * The reference data every destination needs and no export carries: the price lists (the regions are
 * reference data of the migrations). Returns the price lists' ids by tariff code and start.
 */
export function addReferenceData(sink: Sink, random: Random): Map<string, string> {
  return tariffRows(random, sink);
}

function addCustomer(sink: Sink, c: PlannedCustomer): void {
  sink.add('customer', [
    c.id,
    c.regionId,
    c.sourceId,
    c.personType,
    c.jmbg,
    c.pib,
    c.maticniBroj,
    c.name,
    c.email,
    c.phone,
    c.deliveryStreet,
    c.deliveryPostalCode,
    c.deliveryCity,
  ]);
  for (const a of c.accounts) {
    sink.add('billingAccount', [a.id, a.regionId, c.id, a.number, null]);
    for (const p of a.meteringPoints) {
      sink.add('meteringPoint', [
        p.id,
        p.regionId,
        a.id,
        p.edNumber,
        p.eic,
        p.category,
        p.rateType,
        'ACTIVE',
        p.approvedPowerKw,
        p.billingPowerKw,
        p.phases,
        p.tvFeeApplies,
        false,
        p.street,
        p.postalCode,
        p.city,
      ]);
      const { meter } = p;
      sink.add('meter', [
        meter.id,
        meter.serialNumber,
        meter.model,
        meter.constant ?? '1',
        6,
        meter.manufactureYear,
      ]);
      sink.add('meterInstallation', [p.meter.id, p.id, p.meter.id, p.meter.installedOn, null]);
      sink.add('supplyContract', [
        p.contract.id,
        c.id,
        p.id,
        p.contract.number,
        p.contract.startDate,
        null,
        'ACTIVE',
      ]);
    }
  }
}
