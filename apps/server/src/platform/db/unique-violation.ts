/**
 * True when `error` is PostgreSQL refusing a write under the unique constraint `constraint`
 * (SQLSTATE 23505). TypeORM wraps the driver's error (node-postgres or PGlite) in
 * `driverError`; both carry the code and the constraint's name.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const inner = field(error, 'driverError') ?? error;
  return field(inner, 'code') === '23505' && field(inner, 'constraint') === constraint;
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}
