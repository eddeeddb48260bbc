// Paging of the payment lists: how many pages, and which rows a page shows.

/** Pages needed for `total` rows, at least 1. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** The 1-based numbers of the first and last row shown ("21–40 of 57"); 0–0 when there is none. */
export function shownRange(page: number, pageSize: number, shown: number): { from: number; to: number } {
  if (shown <= 0) return { from: 0, to: 0 };
  const from = (page - 1) * pageSize + 1;
  return { from, to: from + shown - 1 };
}

/** How long the return page waits before asking again about a card payment still processing. */
export const pollInterval = 2000;
/** After this long the return page stops asking and says the result will come by e-mail. */
export const pollLimit = 3 * 60 * 1000;

/** The delay before the next poll, or null when the page has asked long enough. */
export function nextPollDelay(elapsedMs: number): number | null {
  return elapsedMs + pollInterval > pollLimit ? null : pollInterval;
}
