import type { UserErrorCode } from '@gatehouse/contracts';

/** An expected failure of a use case; becomes a `userErrors` entry and rolls the transaction back. */
export class DomainError extends Error {
  constructor(
    readonly code: UserErrorCode,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

/** Several expected failures at once (validation reports every bad field, not the first). */
export class DomainErrors extends Error {
  constructor(readonly errors: readonly DomainError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** Throws DomainErrors when the list is not empty. */
export function throwIfAny(errors: readonly DomainError[]): void {
  if (errors.length === 1 && errors[0]) throw errors[0];
  if (errors.length > 1) throw new DomainErrors(errors);
}
