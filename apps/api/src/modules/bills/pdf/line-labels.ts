// The description of a bill line in the reader's language. The billing system prints descriptions in
// Serbian, Cyrillic or Latin by region: Serbian gets them in the reader's script, and English is named
// from the line's machine fields (kind, zone: the shared names of @portal/domain's line-names.ts),
// phrased here for print.
import { textInScript, transliterateCyrillicToLatin, type BillLine, type Locale } from '@portal/contract';
import {
  englishEnergyHeading,
  englishLineKindName,
  englishLineKindNames,
  englishZoneNames,
  wordlessParts,
} from '@portal/domain';

/** A zone at the head of a printed line: "Blue zone, ...". */
const zoneHead = (zone: NonNullable<BillLine['zone']>) =>
  englishZoneNames[zone].charAt(0).toUpperCase() + englishZoneNames[zone].slice(1);

const registers: Record<NonNullable<BillLine['register']>, string> = {
  vt: 'high tariff (VT)',
  nt: 'low tariff (NT)',
  single: 'single tariff',
  reactive_vt: 'high tariff (VT)',
  reactive_nt: 'low tariff (NT)',
  power: '',
};

/**
 * ERS's energy totals (seeds/004 fields 16a, 16b; 16 on a single-rate meter) are subtotals with no
 * register of their own: the field's code says which tariff element's bands they add up.
 */
const ersEnergyTotals: Record<string, string> = {
  '16a': 'Energy, high tariff (VT), bands I–III',
  '16b': 'Energy, low tariff (NT), bands I–III',
  '16': 'Energy, single tariff, bands I–III',
};

function english(line: BillLine): string | null {
  const ersTotal = line.kind === 'energy_total' ? ersEnergyTotals[line.code] : undefined;
  if (ersTotal) return ersTotal;
  const reactive = line.register === 'reactive_vt' || line.register === 'reactive_nt';
  // the heading of the energy item (printedRows) names the whole, as the web page does
  const heading = line.kind === 'energy' && !line.zone && !line.register;
  const base =
    line.kind === 'energy' && reactive
      ? englishLineKindNames.reactive_energy
      : heading
        ? englishEnergyHeading
        : englishLineKindName(line.kind);
  if (base === undefined) return null;
  // a charge per kW whose kind does not say so (ERS's network fee on the billing power, OS) says it here
  const perKw = line.register === 'power' && !line.kind.includes('power');
  const qualifier = perKw ? 'billing power' : line.register ? registers[line.register] : '';
  const head =
    line.kind === 'energy' && line.zone
      ? `${zoneHead(line.zone)}, ${qualifier}`
      : qualifier
        ? `${base}, ${qualifier}`
        : base;
  return [head, ...wordlessParts(line.description)].join(' ');
}

export function lineDescription(line: BillLine, locale: Locale): string {
  if (locale === 'sr-Cyrl') return textInScript(line.description, locale);
  // A kind this table does not know yet still reads in Latin script rather than in Cyrillic.
  if (locale === 'en') return english(line) ?? transliterateCyrillicToLatin(line.description);
  return transliterateCyrillicToLatin(line.description);
}

const units: Record<Locale, Record<string, string>> = {
  'sr-Cyrl': { month: 'мес.' },
  'sr-Latn': { month: 'mes.' },
  en: { month: 'month' },
};

/** kWh, kW, kvarh and % are the same in every language; "month" is not. */
export function unitLabel(unit: string | null, locale: Locale): string {
  if (unit === null) return '';
  return units[locale][unit] ?? unit;
}
