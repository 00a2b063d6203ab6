/** How a failed send is retried. */
export interface RetryPolicy {
  /** Tries in all, the first included; after the last one fails the message is FAILED. */
  readonly maxAttempts: number;
  /** The wait after the first failure; it doubles after each further one. */
  readonly baseDelayMs: number;
  /** No wait is longer than this. */
  readonly maxDelayMs: number;
}

/**
 * Eight tries over about an hour and a half (30 s, 1, 2, 4, 8, 16, 32 min, each ± jitter): a
 * provider outage of an hour delays mail but loses none, and an address that cannot be
 * delivered to is shown to admins the same morning.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 60 * 60_000 };

/**
 * The wait before the next try after `attempts` tries failed: exponential, with "equal jitter"
 * (half fixed, half random), so the mail of one outage does not come back in one burst from
 * every instance at the same moment. `random` is in [0, 1).
 */
export function retryDelayMs(policy: RetryPolicy, attempts: number, random: number = Math.random()): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random);
}
