function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

/** An audit event's data as readable lines: `role: GENERAL → ADMIN`, `email: a@b.c`. */
export function auditDetails(data: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(data).map(([key, value]) =>
    isChange(value) ? `${key}: ${show(value.from)} → ${show(value.to)}` : `${key}: ${show(value)}`,
  );
}
