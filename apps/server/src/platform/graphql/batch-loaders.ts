import DataLoader from 'dataloader';

/**
 * Per-request batch loaders: one IN (...) statement per relation per request, scoped to the
 * caller's account so another account's id loads as null. A null account (logged out) loads nothing.
 */
export function rowsById<R extends { id: string }>(accountId: string | null, load: (accountId: string, ids: readonly string[]) => Promise<R[]>) {
  return new DataLoader<string, R | null>(async (ids) => {
    const rows = new Map((accountId === null ? [] : await load(accountId, ids)).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** A count per id (0 when absent), batched like rowsById. */
export function countsById(accountId: string | null, load: (accountId: string, ids: readonly string[]) => Promise<Map<string, number>>) {
  return new DataLoader<string, number>(async (ids) => {
    const found = accountId === null ? new Map<string, number>() : await load(accountId, ids);
    return ids.map((id) => found.get(id) ?? 0);
  });
}
