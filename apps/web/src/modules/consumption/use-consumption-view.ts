// The chart, its unit and the summary sentence of a list of periods, in the interface language: shared
// by a metering point's tab and the account's page.
import type { Locale, MonthComparisonView } from '@portal/contract';
import { computed, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { consumptionChartData, type ChartPeriod, type Split, type Unit } from './consumption-chart-data.js';
import { formatNumber, latestSummary, monthName, shortMonth } from './consumption-labels.js';

export function useConsumptionView(
  periods: Readonly<Ref<readonly ChartPeriod[]>>,
  comparisons: Readonly<Ref<readonly MonthComparisonView[]>>,
) {
  const { t, locale: currentLocale } = useI18n();
  const locale = computed(() => currentLocale.value as Locale);
  const split = ref<Split>('zone');
  const unit = ref<Unit>('kwh');
  const perDay = ref(false);

  const chart = computed(() =>
    consumptionChartData(
      periods.value,
      comparisons.value,
      { split: split.value, unit: unit.value, perDay: perDay.value },
      {
        green: t('consumption.series.green'),
        blue: t('consumption.series.blue'),
        red: t('consumption.series.red'),
        vt: t('consumption.series.vt'),
        nt: t('consumption.series.nt'),
        single: t('consumption.series.single'),
        reactiveVt: t('consumption.series.reactiveVt'),
        reactiveNt: t('consumption.series.reactiveNt'),
        power: t('consumption.series.power'),
        other: t('consumption.series.other'),
        amount: t('consumption.series.amount'),
        previousYear: t('consumption.series.previousYear'),
        twoYearsBefore: t('consumption.series.twoYearsBefore'),
        greenLimit: t('consumption.series.greenLimit'),
      },
      (month) => shortMonth(month, locale.value),
    ),
  );
  const unitLabel = computed(() =>
    unit.value === 'rsd'
      ? t(perDay.value ? 'consumption.rsdPerDay' : 'consumption.rsd')
      : perDay.value
        ? t('consumption.columns.perDay')
        : t('consumption.kwh'),
  );
  const formatValue = (value: number) => formatNumber(value, locale.value, unit.value === 'rsd' ? 2 : 1);

  const summaryText = computed(() => {
    const summary = latestSummary(comparisons.value);
    if (!summary) return t('consumption.summary.none');
    const sentence = t(`consumption.summary.${summary.key}`, {
      month: monthName(summary.month, locale.value),
      year: summary.year,
      percent: formatNumber(summary.percent, locale.value),
      referenceMonth: monthName(summary.referenceMonth, locale.value),
      referenceYear: summary.referenceYear,
    });
    if (summary.discount === null) return sentence;
    const step = summary.discount
      ? t('consumption.summary.discount', { percent: summary.discount })
      : t('consumption.summary.noDiscount');
    return `${sentence} ${step}`;
  });

  return { locale, split, unit, perDay, chart, unitLabel, formatValue, summaryText };
}
