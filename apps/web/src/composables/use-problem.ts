// The message over a view's content when a request failed: the view's own words ("Could not load the
// notices.") and the error's.
import { computed, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useErrorText, type Message } from './use-error-text.js';

/** The message worded in the language of the moment the request failed. */
export function useProblem() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const problem = ref<string | null>(null);

  function clear() {
    problem.value = null;
  }
  /** Shows an error in the error's own words only. */
  function show(error: unknown) {
    problem.value = errorText(error)();
  }
  /** A handler that shows an error after the words of `key`. */
  function failedWith(key: string) {
    return (error: unknown) => {
      problem.value = `${t(key)} ${errorText(error)()}`;
    };
  }

  return { problem, clear, show, failedWith };
}

/** The message worded when shown, so that it follows a change of the interface language. */
export function useLiveProblem() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const message = shallowRef<Message | null>(null);
  const problem = computed(() => message.value?.() ?? null);

  function clear() {
    message.value = null;
  }
  /** Shows an error in the error's own words only. */
  function show(error: unknown) {
    message.value = errorText(error);
  }
  /** A handler that shows an error after the words of `key`. */
  function failedWith(key: string) {
    return (error: unknown) => {
      const text = errorText(error);
      message.value = () => `${t(key)} ${text()}`;
    };
  }

  return { problem, clear, show, failedWith };
}
