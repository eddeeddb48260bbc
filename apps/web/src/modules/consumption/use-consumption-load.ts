// Loads consumption for a range of months whenever the range or the subject changes; the newest answer
// wins. Shared by a metering point's tab and the account's page.
import { ref, shallowRef, watch, type Ref } from 'vue';
import { useNewestLoad } from '../../composables/use-newest-load.js';
import { useProblem } from '../../composables/use-problem.js';
import { useToday } from '../../composables/use-today.js';
import { fullRange, rangeMonths, type MonthRange } from './consumption-range.js';

export function useConsumptionLoad<T, K = null>(
  subject: () => K,
  fetch: (subject: K, range: MonthRange) => Promise<T>,
  /** a range chosen elsewhere on the page; by default the whole three years, chosen here */
  shared?: Ref<MonthRange>,
) {
  const today = useToday().value;
  const months = rangeMonths(today);
  const range = shared ?? ref<MonthRange>(fullRange(today));
  const data = shallowRef<T | null>(null);
  const { problem, clear, failedWith } = useProblem();

  const { loading, load } = useNewestLoad(() => fetch(subject(), range.value), {
    start: clear,
    answer: (answer) => (data.value = answer),
    failure: failedWith('consumption.loadFailed'),
  });
  watch([subject, range], load, { immediate: true });

  return { range, months, data, loading, problem, clear, failedWith, load };
}
