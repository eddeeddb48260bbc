// Prosumers (kupac-proizvođač, Zakon o korišćenju obnovljivih izvora energije): households with their own
// generation on net metering. Their bill shows the energy taken from the network and delivered to it per
// tariff, bills the net, and adds line 7, the cost of access to the distribution system, which enters
// the excise base "(1+2+3+4+5+6+7)" (DOMAIN.md, "EPS household tariff").
import { amountOf, type Para } from '../money.js';
import { BillInputError } from './bill-input-error.js';
import { billLine } from './bill-line.js';
import { checkConsumption, totalKwh, type Consumption } from './consumption.js';
import type { BillLine, DatedTariff, Register } from './types.js';

/** What a prosumer bill adds to a household bill's input; the consumption (or readings) is the energy taken. */
export interface ProsumerInput {
  /** whole kWh delivered to the network in the period, per tariff as the energy taken */
  delivered: Consumption;
  /** surplus of earlier periods carried into this one, per tariff (none when left out) */
  surplusBroughtForward?: Consumption;
  /** line 7 as the supplier billed it, para: used when no published price covers the period */
  distributionAccessBilled?: Para;
  /** price lists of line 7; `distributionAccessTariffs` when left out */
  distributionAccessPrices?: readonly DistributionAccessTariff[];
}

/** Taken, delivered and net per tariff, and the surplus carried on to the next period. */
export interface NetMetering {
  taken: Consumption;
  delivered: Consumption;
  surplusBroughtForward: Consumption;
  /** billed: taken − delivered − surplus brought forward, never below zero, per tariff */
  net: Consumption;
  /** delivered + surplus brought forward − taken when positive, per tariff: credited next period */
  surplusCarriedForward: Consumption;
}

/** A published price of line 7: RSD per kWh of energy taken, per tariff. */
export interface DistributionAccessTariff extends DatedTariff {
  perKwhTaken: Record<Register, string>;
}

/**
 * Assumption: the price list of line 7. The network tariff for prosumers is not in the project's sources
 * (seeds/001 only says that the distribution access costs are already in the energy price of other
 * customers), so the table is empty and line 7 is taken as billed. When the regulator's price is
 * published, add it here: line 7 is then computed on the energy taken of the period, at the price in
 * force on its last day.
 */
export const distributionAccessTariffs: readonly DistributionAccessTariff[] = [];

const registersOf = (c: Consumption): Register[] => ('single' in c ? ['SINGLE'] : ['VT', 'NT']);
const kwhOf = (c: Consumption, register: Register): number =>
  'single' in c ? c.single : register === 'VT' ? c.vt : c.nt;

function sameShape(taken: Consumption, other: Consumption, what: string): Consumption {
  const checked = checkConsumption(other);
  if ('single' in taken !== 'single' in checked) {
    throw new BillInputError(
      'PROSUMER',
      `${what} must be metered per tariff like the energy taken (${'single' in taken ? 'single' : 'VT/NT'})`,
    );
  }
  return checked;
}

function perRegister(shape: Consumption, kwh: (register: Register) => number): Consumption {
  return 'single' in shape ? { single: kwh('SINGLE') } : { vt: kwh('VT'), nt: kwh('NT') };
}

/**
 * Net metering per tariff (VT against VT, NT against NT): what was delivered, and the surplus brought
 * forward, is set off against what was taken; the rest of the surplus is carried to the next period.
 */
export function netMetering(
  taken: Consumption,
  delivered: Consumption,
  surplusBroughtForward?: Consumption,
): NetMetering {
  const checkedTaken = checkConsumption(taken);
  const checkedDelivered = sameShape(checkedTaken, delivered, 'the energy delivered');
  const brought = surplusBroughtForward
    ? sameShape(checkedTaken, surplusBroughtForward, 'the surplus brought forward')
    : perRegister(checkedTaken, () => 0);
  const credit = (r: Register) => kwhOf(checkedDelivered, r) + kwhOf(brought, r);
  return {
    taken: checkedTaken,
    delivered: checkedDelivered,
    surplusBroughtForward: brought,
    net: perRegister(checkedTaken, (r) => Math.max(0, kwhOf(checkedTaken, r) - credit(r))),
    surplusCarriedForward: perRegister(checkedTaken, (r) => Math.max(0, credit(r) - kwhOf(checkedTaken, r))),
  };
}

/** The published price of line 7 in force on a period's last day, if any. */
export function distributionAccessTariffOn(
  periodEnd: string,
  prices: readonly DistributionAccessTariff[] = distributionAccessTariffs,
): DistributionAccessTariff | undefined {
  return prices.find((t) => t.validFrom <= periodEnd && (t.validTo === null || periodEnd <= t.validTo));
}

/** How line 7 came about: priced from a published tariff, or the supplier's amount taken as billed. */
export type DistributionAccessBasis = 'tariff' | 'as-billed';

const lineName = 'Трошак приступа систему за дистрибуцију';

/** Line 7 of a prosumer bill and how it was found. */
export function distributionAccessLine(
  input: ProsumerInput,
  taken: Consumption,
  periodEnd: string,
): { line: BillLine; basis: DistributionAccessBasis } {
  const tariff = distributionAccessTariffOn(periodEnd, input.distributionAccessPrices);
  if (tariff) {
    const amount = registersOf(taken).reduce(
      (acc, r) => acc + amountOf(kwhOf(taken, r), tariff.perKwhTaken[r]),
      0,
    );
    const single = registersOf(taken).length === 1 ? tariff.perKwhTaken.SINGLE : null;
    const line = billLine({
      code: '7',
      kind: 'distribution_access',
      description: lineName,
      quantity: String(totalKwh(taken)),
      unit: 'kWh',
      // a dual-rate period has two prices: the line then shows only the kWh and the amount
      unitPrice: single,
      amount,
    });
    return { line, basis: 'tariff' };
  }
  const billed = input.distributionAccessBilled;
  if (billed === undefined) {
    throw new BillInputError(
      'PROSUMER',
      `no published price of line 7 on ${periodEnd}: give the amount as billed`,
    );
  }
  if (!Number.isSafeInteger(billed) || billed < 0) {
    throw new BillInputError('PROSUMER', `line 7 as billed must be whole, non-negative para: ${billed}`);
  }
  return {
    line: billLine({ code: '7', kind: 'distribution_access', description: lineName, amount: billed }),
    basis: 'as-billed',
  };
}
