// Whether the pages show a customer's account to staff (the read-only view): the customer's pages
// leave out what would pay, link or unlink then, which the server refuses anyway.
import { computed, type ComputedRef } from 'vue';
import { useSupportViewStore } from './support-view.store.js';

export function useReadOnlyView(): ComputedRef<boolean> {
  const view = useSupportViewStore();
  return computed(() => view.active);
}
