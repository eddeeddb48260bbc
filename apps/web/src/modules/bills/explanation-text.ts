// The text behind a field's (i) button. The bill page provides its layout: ERS and EPCG bills explain a
// field by their own legend (layoutExplain.<layout>) where EPS's (explain.*) would tell EPS's rules.
import type { BillLayout } from '@portal/contract';
import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { useI18n } from 'vue-i18n';
import en from './messages.en.js';

const layoutKey: InjectionKey<ComputedRef<BillLayout | undefined>> = Symbol('bill layout');

/** Called by the bill page: the fields under it are explained for this layout. */
export function provideBillLayout(layout: () => BillLayout | undefined): void {
  provide(layoutKey, computed(layout));
}

/** The i18n key explaining a field: the layout's own text when its legend has one, else EPS's. */
export function explanationKey(key: string, layout: BillLayout | undefined): string {
  const own: Record<string, Record<string, string>> = en.layoutExplain;
  return layout && Object.hasOwn(own, layout) && Object.hasOwn(own[layout]!, key)
    ? `layoutExplain.${layout}.${key}`
    : `explain.${key}`;
}

/** Explanation texts of fields, for the layout of the bill page around the component. */
export function useExplanation(): (key: string) => string {
  const { t } = useI18n();
  const layout = inject(layoutKey, undefined);
  return (key) => t(explanationKey(key, layout?.value));
}
