// Limits on failed attempts to link a contract: without them the form would let anyone try JMBGs or
// PIBs against a billing number until one matched. Counted from the audit log (action
// contract.link.failure), which records every attempt anyway.

export interface LinkAttemptRules {
  maxFailuresPerUser: number;
  /** rolling window of the per-account limit */
  userWindowMs: number;
  maxFailuresPerIp: number;
  /** rolling window of the per-address limit */
  ipWindowMs: number;
}

/** 10 failed attempts per account a day and per address an hour (the example limits). */
export const defaultLinkAttemptRules: LinkAttemptRules = {
  maxFailuresPerUser: 10,
  userWindowMs: 24 * 60 * 60 * 1000,
  maxFailuresPerIp: 10,
  ipWindowMs: 60 * 60 * 1000,
};

/** Failed attempts inside one window, and when the oldest of them happened. */
export interface FailureCount {
  count: number;
  oldest: Date | null;
}

/**
 * Seconds until another attempt is allowed, or 0 when one is allowed now. When a window is full, the
 * next attempt is possible once its oldest failure leaves the window.
 */
export function linkRetryAfterSeconds(
  now: Date,
  perUser: FailureCount,
  perIp: FailureCount,
  rules: LinkAttemptRules = defaultLinkAttemptRules,
): number {
  const waits: number[] = [];
  const waitFor = ({ count, oldest }: FailureCount, max: number, windowMs: number) => {
    if (count < max) return;
    const until = oldest ? oldest.getTime() + windowMs - now.getTime() : windowMs;
    waits.push(Math.max(1, Math.ceil(until / 1000)));
  };
  waitFor(perUser, rules.maxFailuresPerUser, rules.userWindowMs);
  waitFor(perIp, rules.maxFailuresPerIp, rules.ipWindowMs);
  return waits.length === 0 ? 0 : Math.max(...waits);
}
