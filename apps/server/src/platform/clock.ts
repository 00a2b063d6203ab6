/**
 * The server's idea of now. Expiry and "last used" compare against it, so tests can move time
 * forward instead of waiting; production uses the system clock.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
