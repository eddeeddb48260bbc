// What the installed portal keeps for reading offline: the overview's list of metering points, each
// metering point's bills list, and the bills and bill PDFs the user opened. Shared by the service
// worker (src/sw/sw.ts), which fills the cache, and the offline page, which reads it. Nothing read
// through staff's view of a customer (X-Support-Access) is kept, and the cache is emptied at logout.

export const offlineCacheName = 'portal-bills-v1';
/** How many responses the cache keeps, oldest dropped first. */
export const offlineCacheEntries = 60;

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const kept = [
  new RegExp(`^/api/metering-points$`),
  new RegExp(`^/api/metering-points/${uuid}/bills$`),
  new RegExp(`^/api/bills/${uuid}$`),
  new RegExp(`^/api/bills/${uuid}/pdf$`),
];

/** Whether a GET of this address is kept for offline reading. */
export function isKeptOffline(url: URL): boolean {
  return kept.some((pattern) => pattern.test(url.pathname));
}

/** Whether this request's answer may be kept: never one read through staff's view of a customer. */
export function mayKeep(headers: { has(name: string): boolean }): boolean {
  return !headers.has('x-support-access');
}

export type KeptKind = 'meteringPoints' | 'bills' | 'bill' | 'billPdf';

/** Which kind of kept answer an address is (for the offline page), or null. */
export function keptKind(url: URL): { kind: KeptKind; id: string | null } | null {
  const path = url.pathname;
  if (kept[0]!.test(path)) return { kind: 'meteringPoints', id: null };
  const id = path.match(new RegExp(uuid))?.[0] ?? null;
  if (kept[1]!.test(path)) return { kind: 'bills', id };
  if (kept[2]!.test(path)) return { kind: 'bill', id };
  if (kept[3]!.test(path)) return { kind: 'billPdf', id };
  return null;
}

/** Empties the offline cache (at logout, and when another user logs in on this device). */
export async function forgetOfflineData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(offlineCacheName);
}
