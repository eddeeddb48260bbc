// What the card gateway charges on top of a card payment, shown before paying (CARD_FEE_PERCENT and
// CARD_FEE_MINIMUM in the configuration; both 0 unless the bank's contract says otherwise).
import { percentOf, type Para } from '../money.js';

export interface CardFeeRule {
  /** percent of the amount, e.g. "0" or "1.5" */
  percent: string;
  /** para */
  minimum: Para;
}

/** Nothing without a rule; else the percentage rounded to the para, and at least the minimum. */
export function cardFeeOf(rule: CardFeeRule, amount: Para): Para {
  const fee = percentOf(amount, rule.percent);
  return fee === 0 && rule.minimum === 0 ? 0 : Math.max(fee, rule.minimum);
}
