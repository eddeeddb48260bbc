// Billing periods for the tests of the consumption module (chart data, table, view).
import type { ConsumptionPeriodView } from '@portal/contract';

type Tariffs = ConsumptionPeriodView['tariffAmounts'];

/** A period; its amount by tariff as given, the rest as other. */
export function period(
  month: string,
  days: number,
  kwh: Partial<ConsumptionPeriodView['kwh']>,
  amount: string,
  tariffs: Partial<Omit<Tariffs, 'other'>> = {},
) {
  const all = { vt: 0, nt: 0, single: 0, green: 0, blue: 0, red: 0, ...kwh };
  const total = all.green + all.blue + all.red;
  const charged = {
    vt: '0.00',
    nt: '0.00',
    single: '0.00',
    reactiveVt: '0.00',
    reactiveNt: '0.00',
    power: '0.00',
    ...tariffs,
  };
  const rest = Object.values(charged).reduce((sum, a) => sum - Number(a), Number(amount));
  return {
    billId: `00000000-0000-4000-8000-0000000000${month.slice(5)}`,
    month,
    periodStart: `${month}-01`,
    periodEnd: `${month}-${String(days).padStart(2, '0')}`,
    days,
    readingKind: 'read',
    kwh: all,
    total,
    averagePerDay: Math.round((total / days) * 10) / 10,
    amount,
    tariffAmounts: { ...charged, other: rest.toFixed(2) },
    zoneLimitsPer30Days: { green: 350, blue: 1600 },
  } satisfies ConsumptionPeriodView;
}
