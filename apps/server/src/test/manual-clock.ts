import type { Clock } from '../platform/clock';

/** A clock that stands still until a test moves it; pass `clock` to the Gatehouse. */
export class ManualClock {
  private current: number;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  /** The clock to hand to `createGatehouse(..., { clock })`. */
  readonly clock: Clock = () => new Date(this.current);

  now(): Date {
    return new Date(this.current);
  }

  /** Moves the time forward by `ms`. */
  advance(ms: number): void {
    this.current += ms;
  }
}
