const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid UUID. Ids that are not cannot exist, and must not reach SQL as uuid casts. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The ids that could exist; a malformed id behaves exactly like a missing one. */
export function onlyUuids(ids: readonly string[]): string[] {
  return ids.filter(isUuid);
}
