import type { UserErrorCode } from '@gatehouse/contracts';

/** A payload's expected failure, as every mutation returns it. */
export interface UserErrorLike {
  readonly field?: string | readonly string[] | null;
  readonly message: string;
  readonly code: UserErrorCode;
}

export interface SplitUserErrors {
  /** Messages keyed by the input field they belong to. */
  readonly byField: Readonly<Record<string, string>>;
  /** Messages for fields the form does not show (or for no field): render as one alert. */
  readonly general: readonly string[];
}

/** The input field a userError names: the last segment of a path, or the name itself. */
export function userErrorField(error: UserErrorLike): string | null {
  const { field } = error;
  if (field == null) return null;
  // 'permissions.JOBS.seeLevels' belongs to the form's 'permissions' field.
  if (typeof field === 'string') return field.split('.')[0] || null;
  // A path such as ['input', 'email'] or ['permissions', '0', 'seeLevels'] names
  // the form field by its first segment after a possible 'input'.
  const path = field[0] === 'input' ? field.slice(1) : field;
  return path[0] ?? null;
}

/**
 * Sort userErrors into those the form can show beside a field it renders and
 * the rest, which the form shows as an alert.
 */
export function splitUserErrors(
  errors: readonly UserErrorLike[],
  knownFields: readonly string[],
): SplitUserErrors {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const error of errors) {
    const field = userErrorField(error);
    if (field && knownFields.includes(field)) {
      byField[field] = byField[field] ? `${byField[field]} ${error.message}` : error.message;
    } else {
      general.push(error.message);
    }
  }
  return { byField, general };
}
