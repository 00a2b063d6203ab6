/**
 * The time as the server's rules see it. Use cases that compare against an expiry read it
 * from here rather than `new Date()`, so tests can move time forward instead of waiting.
 */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const SYSTEM_CLOCK: Clock = { now: () => new Date() };

/** A clock that stands still until moved (tests). */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves the time forward by `ms`. */
  advance(ms: number): void {
    this.current += ms;
  }
}
