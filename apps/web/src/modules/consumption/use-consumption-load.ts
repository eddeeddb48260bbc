// Loads consumption for a range of months whenever the range or the subject changes; the newest answer
// wins. Shared by a metering point's tab and the account's page.
import { ref, shallowRef, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useErrorText } from '../auth/use-form.js';
import { belgradeToday, fullRange, rangeMonths, type MonthRange } from './consumption-range.js';

export function useConsumptionLoad<T, K = null>(
  subject: () => K,
  fetch: (subject: K, range: MonthRange) => Promise<T>,
  /** a range chosen elsewhere on the page; by default the whole three years, chosen here */
  shared?: Ref<MonthRange>,
) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const today = belgradeToday();
  const months = rangeMonths(today);
  const range = shared ?? ref<MonthRange>(fullRange(today));
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const problem = ref<string | null>(null);

  let latest = 0;
  async function load() {
    const request = ++latest;
    loading.value = true;
    problem.value = null;
    try {
      const answer = await fetch(subject(), range.value);
      if (request === latest) data.value = answer;
    } catch (error) {
      if (request === latest) problem.value = `${t('consumption.loadFailed')} ${errorText(error)()}`;
    } finally {
      if (request === latest) loading.value = false;
    }
  }
  watch([subject, range], load, { immediate: true });

  return { range, months, data, loading, problem, load };
}
