import type { AuditEventFilter } from '../../../gql/graphql';
import { useSearchParams } from 'react-router';

/** The audit log's filters; all of them live in the URL so a filtered log can be linked to. */
export interface AuditFilters {
  readonly actor: string | null;
  readonly action: string | null;
  readonly person: string | null;
  /** Days, `YYYY-MM-DD`, inclusive. */
  readonly from: string | null;
  readonly to: string | null;
}

export type AuditFilterKey = keyof AuditFilters;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditFilters(sp: URLSearchParams): AuditFilters {
  const day = (v: string | null) => (v && DAY.test(v) ? v : null);
  return {
    actor: sp.get('actor') || null,
    action: sp.get('action') || null,
    person: sp.get('person') || null,
    from: day(sp.get('from')),
    to: day(sp.get('to')),
  };
}

/** The query's filter: days are local days, `to` inclusive (the server's `to` is exclusive). */
export function toAuditEventFilter(f: AuditFilters): AuditEventFilter {
  const start = (day: string) => new Date(`${day}T00:00:00`);
  const nextDay = (day: string) => {
    const d = start(day);
    d.setDate(d.getDate() + 1);
    return d;
  };
  return {
    ...(f.actor ? { actorId: f.actor } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.person ? { targetId: f.person } : {}),
    ...(f.from ? { from: start(f.from).toISOString() } : {}),
    ...(f.to ? { to: nextDay(f.to).toISOString() } : {}),
  };
}

export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parseAuditFilters(params);
  const set = (key: AuditFilterKey, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  const filtered = Object.values(filters).some((v) => v !== null);
  return { filters, set, clear, filtered };
}
