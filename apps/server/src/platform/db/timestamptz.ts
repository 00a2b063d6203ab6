import { types } from 'pg';

const TIMESTAMPTZ_OID = 1184;
const parseWithRegex: (text: string) => unknown = types.getTypeParser(TIMESTAMPTZ_OID, 'text');

/** The value of `count` decimal digits at `start`, or -1 when one of them is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * A `timestamptz` as PostgreSQL prints it, to a Date. The driver's parser runs several regular
 * expressions per value, and a page of employees carries hundreds of timestamps; this reads
 * the form PostgreSQL prints (DateStyle ISO) digit by digit: `YYYY-MM-DD HH:MM:SS`, up to six
 * fraction digits, and the zone `±HH[:MM[:SS]]`. Anything else (BC, infinity, years before 100
 * or after 9999) goes to the driver's parser, and the result is always the same as its: the
 * fraction is cut to whole milliseconds.
 */
export function parseTimestamptz(text: string): unknown {
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const shaped = text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 32 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58;
  if (!shaped || year < 100 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return parseWithRegex(text);
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46) {
    let scale = 100;
    for (i++; i < text.length; i++) {
      const d = text.charCodeAt(i) - 48;
      if (!(d >= 0 && d <= 9)) break;
      ms += d * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
    if (i === 20 || i > 26) return parseWithRegex(text);
  }
  const sign = text.charCodeAt(i) === 43 ? 1 : text.charCodeAt(i) === 45 ? -1 : 0;
  const rest = text.length - i - 1;
  if (sign === 0 || (rest !== 2 && rest !== 5 && rest !== 8)) return parseWithRegex(text);
  const zoneHours = digits(text, i + 1, 2);
  const zoneMinutes = rest >= 5 && text.charCodeAt(i + 3) === 58 ? digits(text, i + 4, 2) : rest >= 5 ? -1 : 0;
  const zoneSeconds = rest === 8 && text.charCodeAt(i + 6) === 58 ? digits(text, i + 7, 2) : rest === 8 ? -1 : 0;
  if (zoneHours < 0 || zoneMinutes < 0 || zoneSeconds < 0) return parseWithRegex(text);
  const offsetMs = sign * (zoneHours * 3600 + zoneMinutes * 60 + zoneSeconds) * 1000;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMs);
}

/** node-postgres type parsers: the driver's, with `timestamptz` read by parseTimestamptz. */
export const TYPE_PARSERS = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): unknown {
    if (oid === TIMESTAMPTZ_OID && format !== 'binary') return parseTimestamptz;
    return format === undefined ? types.getTypeParser(oid) : types.getTypeParser(oid, format);
  },
};
