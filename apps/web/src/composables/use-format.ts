import type { BillCurrency, Locale } from '@portal/contract';
import { useI18n } from 'vue-i18n';
import * as format from './format.js';
import { formatMoney } from './money.js';

/** The formatting helpers bound to the current interface language. */
export function useFormat() {
  const { locale } = useI18n();
  const current = () => locale.value as Locale;
  return {
    money: (amount: string, currency?: BillCurrency) => formatMoney(amount, current(), currency),
    date: (date: string | null | undefined) => format.formatDate(date, current()),
    dateTime: (iso: string) => format.formatDateTime(iso, current()),
    time: (iso: string) => format.formatTime(iso, current()),
    period: (start: string, end: string) => format.formatPeriod(start, end, current()),
    integer: (value: number) => format.formatInteger(value, current()),
    quantity: (value: string) => format.formatQuantity(value, current()),
  };
}
