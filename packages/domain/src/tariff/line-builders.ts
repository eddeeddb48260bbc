// Building blocks of every layout's lines: monthly items prorated at a price change, energy by blocks
// (zones, bands) and tariffs, per-kWh fees and a tax on a base. Each layout supplies its own codes and words.
import { divideRounded, formatDecimal } from '../decimal.js';
import { amountOf, percentOf, type Para } from '../money.js';
import { billLine, registerNames, sum } from './bill-line.js';
import type { TariffRules } from './rules.js';
import type { TariffPart } from './tariff-periods.js';
import type { Band, BillLine, DatedTariff, Register, Zone } from './types.js';
import type { BlockKwh } from './zones.js';

type Kind = BillLine['kind'];

/** A monthly item: kW x price per month, or a fixed price per month ('month'). */
export interface MonthlyItem<T> {
  code: string;
  kind: Kind;
  description: string;
  /** kW as a decimal string; for a fixed monthly price leave it out */
  kw?: string;
  register?: BillLine['register'];
  price: (tariff: T) => string;
}

/** A month for a normal period whatever its days; the parts of a split period per TariffRules. */
export function monthlyItemLines<T extends DatedTariff>(
  segments: readonly TariffPart<T>[],
  rules: TariffRules,
  item: MonthlyItem<T>,
): BillLine[] {
  const split = segments.length > 1;
  const days = segments.reduce((acc, s) => acc + s.days, 0);
  const denominator = rules.monthlyChargesAtPriceChange === 'days-over-30' ? 30 : days;
  return segments.map((s) => {
    const share = split ? { numerator: s.days, denominator } : { numerator: 1, denominator: 1 };
    const unitPrice = item.price(s.tariff);
    const months = divideRounded(BigInt(share.numerator) * 10_000n, BigInt(share.denominator));
    return billLine({
      code: item.code,
      kind: item.kind,
      description: `${item.description}${periodLabel(s, split)}`,
      register: item.register ?? null,
      quantity: item.kw ?? formatDecimal({ mantissa: months, scale: 4 }),
      unit: item.kw === undefined ? 'month' : 'kW',
      unitPrice,
      amount: amountOf(item.kw ?? 1, unitPrice, share),
    });
  });
}

/** A block of consumption with the name of its zone or band (null: the whole consumption). */
export interface NamedBlock extends BlockKwh {
  zone: Zone | Band | null;
}

export interface EnergyLayout<S> {
  code: (register: Register) => string;
  blocks: (segment: S) => readonly NamedBlock[];
  price: (segment: S, block: NamedBlock, register: Register) => string;
  name: (block: NamedBlock, register: Register) => string;
}

export function registersOf(block: BlockKwh): [Register, number][] {
  return block.vt === null
    ? [['SINGLE', block.kwh]]
    : [
        ['VT', block.vt],
        ['NT', block.nt!],
      ];
}

/** One line per block and tariff with any kWh, kWh x price of that block and tariff. */
export function energyLinesOf<S extends TariffPart<DatedTariff>>(
  segments: readonly S[],
  layout: EnergyLayout<S>,
): BillLine[] {
  const split = segments.length > 1;
  return segments.flatMap((s) =>
    layout.blocks(s).flatMap((block) =>
      registersOf(block)
        .filter(([, kwh]) => kwh > 0)
        .map(([register, kwh]) => {
          const price = layout.price(s, block, register);
          return billLine({
            code: layout.code(register),
            kind: 'energy',
            description: `${layout.name(block, register)}${periodLabel(s, split)}`,
            zone: block.zone,
            register,
            quantity: String(kwh),
            unit: 'kWh',
            unitPrice: price,
            amount: amountOf(kwh, price),
          });
        }),
    ),
  );
}

export interface PerKwhItem<T> {
  code: string;
  kind: Kind;
  description: string;
  /** `register` is null for a fee on all kWh at once */
  price: (tariff: T, register: Register | null) => string;
  /** how the layout names the tariffs (EPS: ВТ/НТ, ERS: АВТ/АМТ) */
  registerNames?: Record<Register, string>;
}

/** A fee on every kWh of each part of the period, or on each tariff's kWh when `byRegister`. */
export function perKwhLines<S extends TariffPart<DatedTariff>>(
  segments: readonly S[],
  kwhOf: (segment: S) => BlockKwh,
  item: PerKwhItem<S['tariff']>,
  byRegister = false,
): BillLine[] {
  const split = segments.length > 1;
  return segments.flatMap((s) => {
    const kwh = kwhOf(s);
    const parts: [Register | null, number][] = byRegister ? registersOf(kwh) : [[null, kwh.kwh]];
    const names = item.registerNames ?? registerNames;
    return parts.map(([register, quantity]) => {
      const price = item.price(s.tariff, register);
      return billLine({
        code: item.code,
        kind: item.kind,
        description: `${item.description}${register ? ` ${names[register]}` : ''}${periodLabel(s, split)}`,
        register,
        quantity: String(quantity),
        unit: 'kWh',
        unitPrice: price,
        amount: amountOf(quantity, price),
      });
    });
  });
}

/** The guaranteed supplier cost: a fixed price per month on every EPS layout. */
export function supplierCostItem<T extends { supplierCostPerMonth: string }>(code: string): MonthlyItem<T> {
  return {
    code,
    kind: 'supplier_cost',
    description: 'Трошак гарантованог снабдевача',
    price: (t) => t.supplierCostPerMonth,
  };
}

interface EnergyFeePrices {
  renewablesFeePerKwh: string;
  efficiencyFeePerKwh: string;
}

/** The renewables and energy-efficiency fees, on every kWh of each part of the period. */
export function energyFeeLines<S extends TariffPart<DatedTariff & EnergyFeePrices>>(
  segments: readonly S[],
  kwhOf: (segment: S) => BlockKwh,
  codes: { renewablesFee: string; efficiencyFee: string },
): BillLine[] {
  return [
    ...perKwhLines(segments, kwhOf, {
      code: codes.renewablesFee,
      kind: 'renewables_fee',
      description: 'Накнада за подстицај повлашћених произвођача',
      price: (t) => t.renewablesFeePerKwh,
    }),
    ...perKwhLines(segments, kwhOf, {
      code: codes.efficiencyFee,
      kind: 'efficiency_fee',
      description: 'Накнада за унапређење енергетске ефикасности',
      price: (t) => t.efficiencyFeePerKwh,
    }),
  ];
}

/** A tax on an already rounded base: the base as a subtotal line and the tax, rounded once. */
export function taxLines(
  base: Para,
  rate: string,
  baseLine: { code: string; kind: Kind; description: string },
  taxLine: { code: string; kind: Kind; description: string },
): { lines: [BillLine, BillLine]; tax: Para } {
  const tax = percentOf(base, rate);
  return {
    tax,
    lines: [
      billLine({ ...baseLine, amount: base, isSubtotal: true }),
      billLine({ ...taxLine, quantity: rate, unit: '%', amount: tax }),
    ],
  };
}

/** Where an EPS layout prints its excise base, excise, VAT base and VAT, and what it calls the bases. */
export interface ExciseAndVatLayout {
  exciseBase: { code: string; description: string };
  excise: string;
  vatBase: { code: string; description: string };
  vat: string;
}

/** Excise on the charge lines, VAT on them plus the excise (DOMAIN.md): the four lines and their sum. */
export function exciseAndVatLines(
  chargeLines: readonly BillLine[],
  rates: { exciseRate: string; vatRate: string },
  layout: ExciseAndVatLayout,
): { lines: BillLine[]; charge: Para } {
  const exciseBase = sum(chargeLines);
  const excise = taxLines(
    exciseBase,
    rates.exciseRate,
    { ...layout.exciseBase, kind: 'excise_base' },
    { code: layout.excise, kind: 'excise', description: 'Акциза' },
  );
  const vatBase = exciseBase + excise.tax;
  const vat = taxLines(
    vatBase,
    rates.vatRate,
    { ...layout.vatBase, kind: 'vat_base' },
    { code: layout.vat, kind: 'vat', description: 'ПДВ' },
  );
  return { lines: [...excise.lines, ...vat.lines], charge: vatBase + vat.tax };
}

/** A subtotal shown on the bill and not added to the total. */
export function subtotalLine(code: string, kind: Kind, description: string, amount: Para): BillLine {
  return billLine({ code, kind, description, amount, isSubtotal: true });
}

export function periodLabel(s: { from: string; to: string }, split: boolean): string {
  return split ? ` (${s.from} – ${s.to})` : '';
}
