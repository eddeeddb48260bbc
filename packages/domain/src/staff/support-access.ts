// Staff's read-only view of a customer's account: how long one opening lasts, and the category of
// its reason, which is all the customer is shown of it ("Who looked at my data"); the text itself
// may name other people or hold notes meant for colleagues.

/** An opened access lasts this long; staff open a new one, with a reason, to go on. */
export const supportAccessMinutes = 30;

export const supportReasonCategories = [
  'ticket',
  'customer_request',
  'complaint',
  'payment',
  'other',
] as const;
export type SupportReasonCategory = (typeof supportReasonCategories)[number];

// A ticket number as the help desk writes it: "12345", "#12345", "INC-2026-0042", "SR 7781".
const ticketNumber = /^#?\s*(?:[A-Za-z]{2,5}[-\s]?)?\d[\d-]{2,19}$/;

/**
 * The category of a reason: the one staff chose, else "ticket" for a text that is a ticket number
 * and "other" for free text.
 */
export function supportReasonCategory(reason: string, chosen?: SupportReasonCategory): SupportReasonCategory {
  if (chosen) return chosen;
  return ticketNumber.test(reason.trim()) ? 'ticket' : 'other';
}

/** When an access opened at `openedAt` ends. */
export function supportAccessExpiry(openedAt: Date): Date {
  return new Date(openedAt.getTime() + supportAccessMinutes * 60_000);
}
