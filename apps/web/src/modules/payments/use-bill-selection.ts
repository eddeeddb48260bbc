// The pay page's state and rules: the open bills and debts beyond bills (preselected from the URL), the
// chosen ones and their sum, the typed amount (a partial payment allowed) checked against it, the request that both ways of
// paying send, and the live quote of how it is allocated and what the card is charged.
import {
  maxBillsPerPayment,
  type Locale,
  type OpenBillsResponse,
  type PaymentQuote,
  type PaymentRequestBody,
} from '@portal/contract';
import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { useApi } from '../../composables/use-api.js';
import { useErrorText, type Message } from '../../composables/use-error-text.js';
import { useFormat } from '../../composables/use-format.js';
import { useNewestLoad } from '../../composables/use-newest-load.js';
import { amountInputText, amountSign, compareAmounts, formatPercent } from '../../composables/money.js';
import {
  checkAmount,
  debtBeyondBills,
  initialSelection,
  keepDebtsWithTheirBills,
  selectedDebts,
  selectedIds,
  selectedTotal,
} from './payment-selection.js';
import { paymentsApi } from './payments.api.js';

/** How long typing may pause before the quote is asked for. */
const quoteDelay = 350;

export function useBillSelection(on: { quoteFailed: (error: unknown) => void }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const format = useFormat();
  const errorText = useErrorText();
  const calls = paymentsApi(useApi());

  const data = shallowRef<OpenBillsResponse | null>(null);
  const loadError = shallowRef<Message | null>(null);
  const loadProblem = computed(() => loadError.value?.() ?? null);
  const selected = shallowRef<Set<string>>(new Set());
  const amountText = ref('');
  const showAmount = (amount: string) => (amountText.value = amountInputText(amount, locale.value as Locale));

  const groups = computed(() =>
    (data.value?.meteringPoints ?? []).filter(
      (point) => point.bills.length > 0 || debtBeyondBills(point) !== '0.00',
    ),
  );
  const allBills = computed(() => groups.value.flatMap((point) => point.bills));
  const chosenIds = computed(() => selectedIds(groups.value, selected.value));
  /** the metering points whose interest and other debt beyond bills is chosen */
  const chosenDebts = computed(() => selectedDebts(groups.value, selected.value));
  const nothingChosen = computed(() => chosenIds.value.length === 0 && chosenDebts.value.length === 0);
  const sum = computed(() => selectedTotal(groups.value, selected.value));
  const checked = computed(() => checkAmount(amountText.value, sum.value, locale.value as Locale));
  const amountError = computed(() => {
    if (nothingChosen.value) return null;
    if (chosenIds.value.length > maxBillsPerPayment)
      return t('pay.problems.tooManyBills', { maximum: maxBillsPerPayment });
    const problem = checked.value.problem;
    return problem ? t(`pay.problems.${problem}`, { amount: format.money(sum.value) }) : null;
  });
  /**
   * The request of both actions: the amount only when it is less than what is open (a partial payment),
   * or always with a debt beyond bills, which the API recomputes: it refuses more than is owed then,
   * rather than charge other than what the page showed.
   */
  const request = computed<PaymentRequestBody | null>(() => {
    const amount = checked.value.amount;
    if (nothingChosen.value || amountError.value || !amount) return null;
    const debts = chosenDebts.value.length ? { debtBeyondBills: chosenDebts.value } : {};
    return compareAmounts(amount, sum.value) < 0 || chosenDebts.value.length
      ? { billIds: chosenIds.value, ...debts, amount }
      : { billIds: chosenIds.value };
  });
  const feeRule = computed(() => {
    if (!data.value) return '';
    const { percent, minimum } = data.value.cardFee;
    if (amountSign(percent) === 0 && amountSign(minimum) === 0) return t('pay.noFee');
    return t('pay.feeRule', {
      percent: formatPercent(percent, locale.value as Locale),
      minimum: format.money(minimum),
    });
  });

  function choose(next: Set<string>) {
    selected.value = keepDebtsWithTheirBills(groups.value, next);
  }
  function selectAll(all: boolean) {
    selected.value = all ? new Set(allBills.value.map((bill) => bill.id)) : new Set();
  }

  // A new choice of bills sets the amount to all that is open on them; a new language rewrites it.
  watch(sum, showAmount);
  watch(locale, () => {
    if (checked.value.amount) showAmount(checked.value.amount);
  });

  const { load } = useNewestLoad(() => calls.openBills(), {
    start: () => (loadError.value = null),
    answer: (answer) => {
      data.value = answer;
      selected.value = initialSelection(groups.value, route.query);
      showAmount(sum.value);
    },
    failure: (error) => (loadError.value = errorText(error)),
  });
  void load();

  // The live quote: asked for once typing pauses; only the answer to the latest request is shown.
  const quote = shallowRef<PaymentQuote | null>(null);
  const waiting = ref(false);
  const quoteLoad = useNewestLoad(() => calls.quote(request.value!), {
    answer: (answer) => (quote.value = answer),
    failure: (error) => {
      quote.value = null;
      on.quoteFailed(error);
    },
  });
  const quoting = computed(() => waiting.value || quoteLoad.loading.value);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    request,
    (body) => {
      clearTimeout(timer);
      quoteLoad.cancel();
      waiting.value = body !== null;
      if (!body) {
        quote.value = null;
        return;
      }
      timer = setTimeout(() => {
        waiting.value = false;
        void quoteLoad.load();
      }, quoteDelay);
    },
    { deep: true },
  );
  onBeforeUnmount(() => clearTimeout(timer));

  return {
    data,
    loadProblem,
    groups,
    selected,
    chosenIds,
    chosenDebts,
    nothingChosen,
    sum,
    amountText,
    amountError,
    request,
    feeRule,
    quote,
    quoting,
    choose,
    selectAll,
  };
}
