// "The newest request wins": a view that loads again whenever its filters change must not let a slow
// earlier answer overwrite a later one. Only the newest call's answer, error and end are handed on.
import { ref } from 'vue';

export interface NewestLoadHandlers<T> {
  /** before each request, e.g. to clear the last error */
  start?: () => void;
  /** the newest request's answer */
  answer: (answer: T) => void;
  /** the newest request's error */
  failure: (error: unknown) => void;
}

export function useNewestLoad<T>(request: () => Promise<T>, on: NewestLoadHandlers<T>) {
  /** true until the newest request has ended */
  const loading = ref(false);
  let latest = 0;

  async function load() {
    const ticket = ++latest;
    loading.value = true;
    on.start?.();
    try {
      const answer = await request();
      if (ticket === latest) on.answer(answer);
    } catch (error) {
      if (ticket === latest) on.failure(error);
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  /** Drops the answer of a request still on its way (e.g. its question no longer stands). */
  function cancel() {
    latest++;
    loading.value = false;
  }

  return { loading, load, cancel };
}
