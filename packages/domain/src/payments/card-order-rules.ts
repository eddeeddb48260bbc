// How long a card order may stay open before we ask the gateway about it, and give it up.

export const cardOrderRules = {
  /** card orders still open this long after they were made are checked with the gateway */
  reconcileAfterMinutes: 15,
  /** an order the customer never completed on the payment page is given up after this */
  expireAfterMinutes: 60,
  /** what the payment page and the card statement show (Latin: statements rarely print Cyrillic) */
  description: { sr: 'Plaćanje računa za el. energiju', en: 'Electricity bill payment' },
} as const;

/** An order made at `createdAt` that is still open at `now` is given up (cardOrderRules). */
export function cardOrderExpired(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() > cardOrderRules.expireAfterMinutes * 60_000;
}

/** Open card orders made before this instant are due to be checked with the gateway. */
export function reconcileOrdersMadeBefore(now: Date): Date {
  return new Date(now.getTime() - cardOrderRules.reconcileAfterMinutes * 60_000);
}
