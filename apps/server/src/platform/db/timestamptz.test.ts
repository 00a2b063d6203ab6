import { types } from 'pg';
import { parseTimestamptz } from './timestamptz';

const driverParser: (text: string) => unknown = types.getTypeParser(1184, 'text');

/** Both parsers' answers, comparable with toEqual (a Date by its time, NaN and infinities as text). */
function both(text: string): [unknown, unknown] {
  const show = (v: unknown) => (v instanceof Date ? `Date(${v.getTime()})` : String(v));
  return [show(parseTimestamptz(text)), show(driverParser(text))];
}

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL prints as the driver does, to the millisecond', () => {
    for (const text of [
      '2026-12-07 23:45:39.123456+00',
      '2026-12-07 23:45:39+00',
      '2026-12-07 23:45:39.1+00',
      '2026-12-07 23:45:39.999999+00',
      '2026-02-28 00:00:00.000001+05:30',
      '1970-01-01 00:00:00-08',
      '1901-12-13 20:45:52+00:19:32',
      '2000-02-29 12:00:00.5-03:30',
      '9999-12-31 23:59:59.999999+14',
    ]) {
      const [fast, driver] = both(text);
      expect(fast).toEqual(driver);
    }
    expect(parseTimestamptz('2026-12-07 23:45:39.123456+00')).toEqual(new Date('2026-12-07T23:45:39.123Z'));
    expect(parseTimestamptz('2026-12-07 23:45:39.1239+05:30')).toEqual(new Date('2026-12-07T18:15:39.123Z'));
  });

  it('agrees with the driver on random timestamps in every zone form', () => {
    let seed = 42;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const pad = (v: number, width: number) => String(v).padStart(width, '0');
    for (let i = 0; i < 5000; i++) {
      const fraction = next(3) === 0 ? '' : `.${pad(next(1_000_000), 6).slice(0, 1 + next(6))}`;
      const zone = [`+${pad(next(15), 2)}`, `-${pad(next(13), 2)}:${pad(next(60), 2)}`, `+${pad(next(15), 2)}:${pad(next(60), 2)}:${pad(next(60), 2)}`][next(3)];
      const text = `${100 + next(9900)}-${pad(1 + next(12), 2)}-${pad(1 + next(28), 2)} ${pad(next(24), 2)}:${pad(next(60), 2)}:${pad(next(60), 2)}${fraction}${zone}`;
      const [fast, driver] = both(text);
      expect([text, fast]).toEqual([text, driver]);
    }
  });

  it('leaves every other form to the driver', () => {
    for (const text of ['infinity', '-infinity', '0099-01-01 00:00:00+00', '0044-03-15 12:00:00+00 BC', '12026-01-01 00:00:00+00', '2026-12-07 23:45:39.+00', '2026-12-07 23:45:39.1234567+00', '2026-12-07 23:45:39', '2026-12-07', '2026-12-07 23:45:39+0x', '']) {
      const [fast, driver] = both(text);
      expect([text, fast]).toEqual([text, driver]);
    }
  });
});
