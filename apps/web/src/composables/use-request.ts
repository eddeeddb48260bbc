// One request a page makes outside a form (load a list, save a choice): `busy` while it runs, and what
// went wrong as a message in the current language (it follows a change of language).
import { computed, ref, shallowRef } from 'vue';
import { useErrorText, type Message } from './use-error-text.js';

export function useRequest() {
  const errorText = useErrorText();
  const busy = ref(false);
  const problem = shallowRef<Message | null>(null);
  /** what went wrong the last time, worded now */
  const error = computed(() => problem.value?.() ?? null);

  function showError(caught: unknown) {
    problem.value = errorText(caught);
  }

  function clearError() {
    problem.value = null;
  }

  /** Runs `action` with `busy` set and the last error cleared; an error it throws is shown. */
  async function run(action: () => Promise<void>): Promise<void> {
    busy.value = true;
    problem.value = null;
    try {
      await action();
    } catch (caught) {
      showError(caught);
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, showError, clearError, run };
}
