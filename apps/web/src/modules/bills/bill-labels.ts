// Names of a bill's printed lines in the interface language. The billing system prints them in Serbian,
// Cyrillic or Latin by region: Serbian gets them in the interface's script, English a name by the line's
// kind and zone (the names the PDF uses too: @portal/domain's line-names.ts), phrased here for the page.
import {
  textInScript,
  transliterateCyrillicToLatin,
  type BillLine,
  type Locale,
  type OnTimeDiscountState,
} from '@portal/contract';
import { englishEnergyHeading, englishLineKindName, englishZoneNames, wordlessParts } from '@portal/domain';

const englishRegisters: Record<string, string> = {
  vt: 'VT',
  nt: 'NT',
  single: 'single rate',
  reactive_vt: 'reactive VT',
  reactive_nt: 'reactive NT',
  // a power line's name says it is power; another kind's (ERS's network fee on the OS) is powerName
  power: '',
};

/**
 * ERS's energy totals (seeds/004 fields 16a, 16b; 16 on a single-rate meter) are subtotals with no
 * register of their own: the field's code says which tariff element's bands they add up.
 */
const ersEnergyTotals: Record<string, string> = {
  '16a': 'Energy, VT (bands I–III)',
  '16b': 'Energy, NT (bands I–III)',
  '16': 'Energy (bands I–III)',
};

/** The register of a charge per kW whose kind does not say so: ERS's network fee on the billing power (OS). */
const powerName = 'billing power';

export function lineLabel(line: BillLine, locale: Locale): string {
  if (locale !== 'en') return textInScript(line.description, locale);
  const ersTotal = line.kind === 'energy_total' ? ersEnergyTotals[line.code] : undefined;
  if (ersTotal) return ersTotal;
  // the heading of an item over zones and tariffs (printedRows): the energy consumed as a whole
  const heading = line.kind === 'energy' && !line.zone && !line.register;
  const name = heading ? englishEnergyHeading : englishLineKindName(line.kind);
  if (!name) return transliterateCyrillicToLatin(line.description);
  // a reactive line's name says it is reactive: its register needs only the tariff
  const register = line.kind.includes('reactive') ? line.register?.replace('reactive_', '') : line.register;
  const registerName =
    register === 'power' && !line.kind.includes('power') ? powerName : register && englishRegisters[register];
  const detail = [line.zone && englishZoneNames[line.zone], registerName].filter(Boolean).join(', ');
  return [detail ? `${name} (${detail})` : name, ...wordlessParts(line.description)].join(' ');
}

/** Explanations (explain.* keys) of a line by its kind, when the kind alone says what the line is. */
const kindExplanations: Record<string, string> = {
  billing_power: 'billingPower',
  excess_power: 'excessPower',
  supplier_cost: 'supplierCost',
  discount: 'discount',
  renewables_fee: 'renewablesFee',
  efficiency_fee: 'efficiencyFee',
  distribution_access: 'distributionAccess',
  excise_base: 'exciseBase',
  excise: 'excise',
  vat_base: 'vatBase',
  vat: 'vat',
  vulnerable_reduction: 'vulnerableReduction',
  period_charge: 'periodCharge',
  tv_fee: 'tvFee',
  reactive_energy: 'reactive',
  excess_reactive_energy: 'excessReactive',
  energy_and_power: 'energyAndPower',
};
const zoneExplanations: Record<string, string> = { green: 'zoneGreen', blue: 'zoneBlue', red: 'zoneRed' };
const registerExplanations: Record<string, string> = {
  vt: 'registerVt',
  nt: 'registerNt',
  single: 'registerSingle',
};

/**
 * What explains a line (explain.* keys, read one after the other): its own words, not its neighbours'. An
 * energy line of one zone and tariff says what that zone and that tariff are; the energy item as a whole
 * (the heading of line 3, or a bill with one energy line) says what the energy total is.
 */
export function lineExplanation(line: Pick<BillLine, 'kind' | 'zone' | 'register'>): string[] {
  if (line.kind !== 'energy') {
    const key = kindExplanations[line.kind];
    return key ? [key] : [];
  }
  const zone = line.zone ? zoneExplanations[line.zone] : undefined;
  const register = line.register ? registerExplanations[line.register] : undefined;
  if (line.zone && !zone) return register ? [register] : []; // bands of other layouts: not the EPS zones
  if (!zone && (!register || line.register === 'single')) return ['energy'];
  return [zone, register].filter((key): key is string => key !== undefined);
}

/**
 * The bill page's message about the on-time discount offer, by where the API says it stands on the
 * app's clock; null when the bill offers none. A lapsed offer must not read as a promise.
 */
export function discountMessageKey(state: OnTimeDiscountState): string | null {
  const keys: Record<OnTimeDiscountState, string | null> = {
    none: null,
    offered: 'bill.discountNotice',
    earned: 'bill.discountEarned',
    lapsed: 'bill.discountLapsed',
  };
  return keys[state];
}
