// Billing periods → the datasets of the consumption chart: stacked bars by zone or by tariff, in kWh or
// RSD (by tariff: what each tariff cost, the rest as "other"; by zone: the bill's amount), per period or
// per day, with the same month of the two previous years as lines. Pure: no chart.js
// at run time, so the tab's table and tests do not load it.
import type {
  ConsumptionCompareResponse,
  ConsumptionPeriodView,
  MonthComparisonView,
} from '@portal/contract';

/** What the chart needs of a period: a metering point's billing period or a month of the account's sum. */
export type ChartPeriod = Pick<
  ConsumptionPeriodView,
  'month' | 'days' | 'kwh' | 'total' | 'amount' | 'tariffAmounts'
> & {
  zoneLimitsPer30Days?: ConsumptionPeriodView['zoneLimitsPer30Days'];
};

/** The tariffs in kWh; every tariff a bill charges, in dinars (a business's reactive energy and power). */
export const kwhTariffs = ['vt', 'nt', 'single'] as const;
export const amountTariffs = ['vt', 'nt', 'single', 'reactiveVt', 'reactiveNt', 'power', 'other'] as const;
export const zones = ['green', 'blue', 'red'] as const;
export type AmountTariff = (typeof amountTariffs)[number];

/** The series of a split and unit: zones, tariffs in kWh, or tariffs in dinars. */
export function seriesKeys(split: Split, unit: Unit): readonly (keyof SeriesLabels)[] {
  if (split === 'zone') return zones;
  return unit === 'rsd' ? amountTariffs : kwhTariffs;
}

/** A period's value of one series: kWh of a zone or tariff, or dinars of a tariff. */
export function seriesValue(period: ChartPeriod, key: string, unit: Unit): number {
  if (unit === 'rsd') return Number(period.tariffAmounts[key as AmountTariff] ?? 0);
  return period.kwh[key as keyof ChartPeriod['kwh']] ?? 0;
}

/** What the table shows of a period; the account's sums have no bill and no reading kind. */
export type TablePeriod = ChartPeriod &
  Pick<ConsumptionPeriodView, 'periodStart' | 'periodEnd' | 'averagePerDay'> &
  Partial<Pick<ConsumptionPeriodView, 'billId' | 'readingKind'>>;

export type Split = 'zone' | 'tariff';
export type Unit = 'kwh' | 'rsd';

export interface ChartOptions {
  split: Split;
  unit: Unit;
  perDay: boolean;
}

/** The texts the datasets are labelled with (from the message catalogue). */
export interface SeriesLabels {
  green: string;
  blue: string;
  red: string;
  vt: string;
  nt: string;
  single: string;
  reactiveVt: string;
  reactiveNt: string;
  power: string;
  other: string;
  amount: string;
  /** the same month one and two years before */
  previousYear: string;
  twoYearsBefore: string;
  greenLimit: string;
}

/** Drawn over the colour so that the zones and tariffs differ without it (colour-blind readers). */
export type Pattern = 'solid' | 'stripes' | 'dots';

export interface BarSeries {
  type: 'bar';
  key: string;
  label: string;
  data: number[];
  backgroundColor: string;
  pattern: Pattern;
  borderColor: string;
  borderWidth: number;
  stack: string;
}

export interface LineSeries {
  type: 'line';
  key: string;
  label: string;
  data: (number | null)[];
  borderColor: string;
  backgroundColor: string;
  borderDash: number[];
  borderWidth: number;
  pointRadius: number;
  pointStyle: 'circle' | 'triangle' | 'rect' | false;
  stack: string;
  spanGaps: boolean;
}

export interface ConsumptionChartData {
  labels: string[];
  datasets: (BarSeries | LineSeries)[];
}

export const zoneColours = { green: '#2e7d32', blue: '#1565c0', red: '#c62828' } as const;
export const tariffColours = {
  vt: '#ef6c00',
  nt: '#283593',
  single: '#6d4c41',
  reactiveVt: '#ad1457',
  reactiveNt: '#00838f',
  power: '#558b2f',
  other: '#757575',
} as const;
const patterns: Record<string, Pattern> = {
  green: 'solid',
  blue: 'stripes',
  red: 'dots',
  vt: 'solid',
  nt: 'stripes',
  single: 'dots',
  reactiveVt: 'dots',
  reactiveNt: 'solid',
  power: 'stripes',
  other: 'dots',
};
const amountColour = '#00695c';
const previousColours = ['#424242', '#9e9e9e'] as const;

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** "2026-10" → "2025-10" */
export function monthYearsBefore(month: string, years: number): string {
  const [year, rest] = month.split('-');
  return `${Number(year) - years}-${rest}`;
}

function daysInMonth(month: string): number {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, number!, 0)).getUTCDate();
}

function bar(key: string, label: string, data: number[], colour: string): BarSeries {
  return {
    type: 'bar',
    key,
    label,
    data,
    backgroundColor: colour,
    pattern: patterns[key] ?? 'solid',
    borderColor: '#ffffff',
    borderWidth: 1,
    stack: 'bars',
  };
}

function line(
  key: string,
  label: string,
  data: (number | null)[],
  colour: string,
  dash: number[],
  pointStyle: LineSeries['pointStyle'],
): LineSeries {
  return {
    type: 'line',
    key,
    label,
    data,
    borderColor: colour,
    backgroundColor: colour,
    borderDash: dash,
    borderWidth: 2,
    pointRadius: pointStyle ? 3 : 0,
    pointStyle,
    // each line its own stack, so the lines are not added to the bars or to each other
    stack: key,
    spanGaps: false,
  };
}

/** The value of one period in the chosen unit, whole or per day. */
function periodValue(period: ChartPeriod, value: number, options: ChartOptions): number {
  if (!options.perDay) return options.unit === 'rsd' ? round(value, 2) : value;
  return round(value / Math.max(period.days, 1), options.unit === 'rsd' ? 2 : 1);
}

export function consumptionChartData(
  periods: readonly ChartPeriod[],
  comparisons: readonly MonthComparisonView[],
  options: ChartOptions,
  labels: SeriesLabels,
  monthLabel: (month: string) => string = (month) => month,
): ConsumptionChartData {
  const byMonth = new Map(periods.map((period) => [period.month, period]));
  const comparisonOf = new Map(comparisons.map((comparison) => [comparison.month, comparison]));
  const value = (period: ChartPeriod, amount: number) => periodValue(period, amount, options);

  const datasets: (BarSeries | LineSeries)[] = [];
  if (options.unit === 'rsd' && options.split === 'zone') {
    datasets.push(
      bar(
        'amount',
        labels.amount,
        periods.map((p) => value(p, Number(p.amount))),
        amountColour,
      ),
    );
  } else {
    for (const key of seriesKeys(options.split, options.unit)) {
      const data = periods.map((p) => value(p, seriesValue(p, key, options.unit)));
      // a series that is zero throughout (no single-rate meter, no zones for a business) is left out
      if (data.every((v) => v === 0)) continue;
      const colour =
        key in zoneColours
          ? zoneColours[key as keyof typeof zoneColours]
          : tariffColours[key as keyof typeof tariffColours];
      datasets.push(bar(key, labels[key], data, colour));
    }
  }

  // The same month one and two years before, in the same unit.
  const before = (period: ChartPeriod, years: 1 | 2): number | null => {
    const month = monthYearsBefore(period.month, years);
    const earlier = byMonth.get(month);
    if (options.unit === 'rsd') {
      if (!earlier) return null;
      return options.perDay
        ? round(Number(earlier.amount) / Math.max(earlier.days, 1), 2)
        : Number(earlier.amount);
    }
    const kwh = comparisonOf.get(period.month)?.previousYears[years - 1] ?? earlier?.total ?? null;
    if (kwh === null) return null;
    if (!options.perDay) return kwh;
    return round(kwh / (earlier?.days ?? daysInMonth(month)), 1);
  };
  const previous = periods.map((p) => before(p, 1));
  const twoBefore = periods.map((p) => before(p, 2));
  if (previous.some((v) => v !== null))
    datasets.push(line('previous1', labels.previousYear, previous, previousColours[0], [], 'circle'));
  if (twoBefore.some((v) => v !== null))
    datasets.push(
      line('previous2', labels.twoYearsBefore, twoBefore, previousColours[1], [6, 4], 'triangle'),
    );

  // The green zone limit as a guide line, in kWh by zone.
  if (options.unit === 'kwh' && options.split === 'zone' && periods.some((p) => p.zoneLimitsPer30Days)) {
    const limits = periods.map((p) => {
      if (!p.zoneLimitsPer30Days) return null;
      const perDay = p.zoneLimitsPer30Days.green / 30;
      return options.perDay ? round(perDay, 1) : Math.round(perDay * p.days);
    });
    datasets.push(line('greenLimit', labels.greenLimit, limits, zoneColours.green, [2, 3], false));
  }

  return { labels: periods.map((p) => monthLabel(p.month)), datasets };
}

/** The months `start`..`start + size` of a chart: the compact form shows as many as fit, axis fixed. */
export function chartWindow(data: ConsumptionChartData, start: number, size: number): ConsumptionChartData {
  if (size >= data.labels.length) return data;
  const from = Math.min(Math.max(start, 0), data.labels.length - size);
  return {
    labels: data.labels.slice(from, from + size),
    datasets: data.datasets.map(
      (series) => ({ ...series, data: series.data.slice(from, from + size) }) as typeof series,
    ),
  };
}

/** Up to five metering points side by side: colours that stay apart, and patterns besides. */
export const compareColours = ['#1565c0', '#ef6c00', '#2e7d32', '#6a1b9a', '#424242'] as const;
const comparePatterns: Pattern[] = ['solid', 'stripes', 'dots', 'solid', 'stripes'];

/** The grouped bars of the comparison: one series per metering point, each in its own stack. */
export function compareChartData(
  compare: Pick<ConsumptionCompareResponse, 'months' | 'meteringPoints'>,
  unit: Unit,
  nameOf: (point: ConsumptionCompareResponse['meteringPoints'][number]) => string,
  monthLabel: (month: string) => string = (month) => month,
): ConsumptionChartData {
  return {
    labels: compare.months.map(monthLabel),
    datasets: compare.meteringPoints.map((point, i) => ({
      ...bar(
        point.id,
        nameOf(point),
        (unit === 'rsd' ? point.amounts.map((a) => (a === null ? null : Number(a))) : point.totals).map(
          (v) => v ?? 0,
        ),
        compareColours[i % compareColours.length]!,
      ),
      pattern: comparePatterns[i % comparePatterns.length]!,
      stack: point.id,
    })),
  };
}
