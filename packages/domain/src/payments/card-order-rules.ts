// How long a card order may stay open before we ask the gateway about it, and give it up.

export const cardOrderRules = {
  /** card orders still open this long after they were made are checked with the gateway */
  reconcileAfterMinutes: 15,
  /** an order the customer never completed on the payment page is given up after this */
  expireAfterMinutes: 60,
  /** the most characters of an order description the gateway takes */
  descriptionMaxLength: 140,
} as const;

// What the payment page and the card statement show (Latin: statements rarely print Cyrillic).
const descriptionWords = {
  sr: {
    one: 'Račun br. ',
    many: 'Računi br. ',
    more: (n: number) => ` i još ${n}`,
    otherDebt: 'kamata i ostali dug',
  },
  en: {
    one: 'Bill no. ',
    many: 'Bills no. ',
    more: (n: number) => ` and ${n} more`,
    otherDebt: 'interest and other debt',
  },
} as const;

/**
 * The order description the gateway's page shows: the numbers of the bills paid, as they are printed on
 * the bills, as many as fit in the gateway's limit and then how many more ("Računi br. A, B i još 3"),
 * and the interest and other debt beyond bills when the order pays it too ("…; kamata i ostali dug").
 */
export function cardOrderDescription(
  locale: 'sr' | 'en',
  billNumbers: readonly string[],
  withOtherDebt = false,
): string {
  const words = descriptionWords[locale];
  if (billNumbers.length === 0)
    return withOtherDebt ? words.otherDebt[0]!.toUpperCase() + words.otherDebt.slice(1) : '';
  const tail = withOtherDebt ? `; ${words.otherDebt}` : '';
  const limit = cardOrderRules.descriptionMaxLength - tail.length;
  const head = billNumbers.length === 1 ? words.one : words.many;
  for (let shown = billNumbers.length; shown > 1; shown--) {
    const rest = billNumbers.length - shown;
    const text = `${head}${billNumbers.slice(0, shown).join(', ')}${rest > 0 ? words.more(rest) : ''}`;
    if (text.length <= limit) return text + tail;
  }
  const rest = billNumbers.length - 1;
  const text = `${head}${billNumbers[0]}${rest > 0 ? words.more(rest) : ''}`;
  return text.slice(0, limit) + tail;
}

/** An order made at `createdAt` that is still open at `now` is given up (cardOrderRules). */
export function cardOrderExpired(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() > cardOrderRules.expireAfterMinutes * 60_000;
}

/** Open card orders made before this instant are due to be checked with the gateway. */
export function reconcileOrdersMadeBefore(now: Date): Date {
  return new Date(now.getTime() - cardOrderRules.reconcileAfterMinutes * 60_000);
}
