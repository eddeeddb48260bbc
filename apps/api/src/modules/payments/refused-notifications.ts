// Notifications whose signature does not check out can come from anyone who finds the public URL,
// and the route is exempt from the global rate limit (the gateway may deliver bursts). So refusals
// are limited on their own: a source address may be refused a few times a window, each recorded for
// support to see; beyond that it is answered 429 and only counted. Rows are also capped per window
// over all sources, and what was not recorded is logged once as a count when the window ends, so a
// flood writes a bounded number of rows. Valid notifications never pass through here.

export interface RefusalLimits {
  /** refusals per source address and window answered 401; the rest 429 */
  perSource: number;
  /** refusals recorded as a row per window, over all sources */
  recordedPerWindow: number;
  /** source addresses tracked per window; new ones beyond are answered 429 */
  sources: number;
  windowMs: number;
}

export const refusalLimits: RefusalLimits = {
  perSource: 10,
  recordedPerWindow: 100,
  sources: 10_000,
  windowMs: 60_000,
};

/** record: 401 and a row; count: 401, rows of this window used up; limit: 429 */
export type RefusalVerdict = { action: 'record' | 'count' | 'limit'; retryAfterSeconds: number };

export interface RefusalSummary {
  /** refusals of the window not written as rows */
  unrecorded: number;
  limited: number;
  sources: number;
}

export function refusalLimiter(
  limits: RefusalLimits,
  now: () => Date,
  onWindowEnd: (summary: RefusalSummary) => void,
) {
  let windowStart = -Infinity;
  const bySource = new Map<string, number>();
  let recorded = 0;
  let unrecorded = 0;
  let limited = 0;

  const roll = (at: number) => {
    if (at - windowStart < limits.windowMs) return;
    if (unrecorded > 0) onWindowEnd({ unrecorded, limited, sources: bySource.size });
    windowStart = at;
    bySource.clear();
    recorded = unrecorded = limited = 0;
  };

  return {
    admit(source: string): RefusalVerdict {
      const at = now().getTime();
      roll(at);
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + limits.windowMs - at) / 1000));
      const seen = bySource.get(source);
      const count = (seen ?? 0) + 1;
      const untracked = seen === undefined && bySource.size >= limits.sources;
      if (!untracked) bySource.set(source, count);
      if (untracked || count > limits.perSource) {
        unrecorded++;
        limited++;
        return { action: 'limit', retryAfterSeconds };
      }
      if (recorded >= limits.recordedPerWindow) {
        unrecorded++;
        return { action: 'count', retryAfterSeconds };
      }
      recorded++;
      return { action: 'record', retryAfterSeconds };
    },
  };
}
