// Which tariff version prices which days: versions are valid from/to calendar dates (both inclusive).
import { addDays, daysBetween } from '../dates.js';
import { BillInputError } from './bill-input-error.js';
import type { DatedTariff, EpsHouseholdTariff } from './types.js';

export interface TariffPart<T extends DatedTariff = EpsHouseholdTariff> {
  tariff: T;
  from: string;
  to: string;
  days: number;
}

const byValidFrom = (a: DatedTariff, b: DatedTariff) => (a.validFrom < b.validFrom ? -1 : 1);

/** The parts of a period priced by each tariff version in force; every day must be covered once. */
export function splitByTariff<T extends DatedTariff>(
  periodStart: string,
  periodEnd: string,
  tariffs: readonly T[],
): TariffPart<T>[] {
  const parts = [...tariffs]
    .sort(byValidFrom)
    .map((tariff) => ({
      tariff,
      from: tariff.validFrom > periodStart ? tariff.validFrom : periodStart,
      to: tariff.validTo !== null && tariff.validTo < periodEnd ? tariff.validTo : periodEnd,
    }))
    .filter((p) => p.from <= p.to)
    .map((p) => ({ ...p, days: daysBetween(p.from, p.to) + 1 }));
  const contiguous = parts.every((p, i) => i === 0 || p.from === addDays(parts[i - 1]!.to, 1));
  if (!contiguous || parts[0]?.from !== periodStart || parts[parts.length - 1]?.to !== periodEnd) {
    throw new BillInputError(
      'NO_TARIFF',
      `no tariff covers every day of ${periodStart} .. ${periodEnd} exactly once`,
    );
  }
  return parts;
}

/** The version in force on a day, or null. */
export function tariffOn<T extends DatedTariff>(date: string, tariffs: readonly T[]): T | null {
  return tariffs.find((t) => t.validFrom <= date && (t.validTo === null || date <= t.validTo)) ?? null;
}
