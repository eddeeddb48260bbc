// Loads consumption for a range of months whenever the range or the subject changes; the newest answer
// wins. The months offered are those with bills, as the answer says, and the range is kept within them.
// Shared by a metering point's tab and the account's page.
import type { BilledMonthsView } from '@portal/contract';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { useNewestLoad } from '../../composables/use-newest-load.js';
import { useProblem } from '../../composables/use-problem.js';
import { useToday } from '../../composables/use-today.js';
import {
  billedRangeMonths,
  clampRange,
  fullRange,
  rangeMonths,
  type MonthRange,
} from './consumption-range.js';

export function useConsumptionLoad<T, K = null>(
  subject: () => K,
  fetch: (subject: K, range: MonthRange) => Promise<T>,
  /** a range chosen elsewhere on the page; by default the whole three years, chosen here */
  shared?: Ref<MonthRange>,
) {
  const today = useToday().value;
  const archiveMonths = rangeMonths(today);
  const range = shared ?? ref<MonthRange>(fullRange(today));
  const data = shallowRef<T | null>(null);
  /** from the answer; undefined until one has come, or for an answer that does not say (the comparison) */
  const billed = computed(() => (data.value as { billedMonths?: BilledMonthsView } | null)?.billedMonths);
  const months = computed(() => billedRangeMonths(archiveMonths, billed.value));
  // A range that reaches past the billed months (the default ends with this month) is moved in.
  watch(months, (offered) => {
    if (billed.value === undefined) return;
    const clamped = clampRange(range.value, offered);
    if (clamped.from !== range.value.from || clamped.to !== range.value.to) range.value = clamped;
  });
  const { problem, clear, failedWith } = useProblem();

  const { loading, load } = useNewestLoad(() => fetch(subject(), range.value), {
    start: clear,
    answer: (answer) => (data.value = answer),
    failure: failedWith('consumption.loadFailed'),
  });
  watch([subject, range], load, { immediate: true });

  return { range, months, data, loading, problem, clear, failedWith, load };
}
