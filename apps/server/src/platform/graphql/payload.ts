import { DomainError, DomainErrors } from './domain-error';
import type { UserError } from './user-error.type';

/** The common shape of every mutation payload. */
export interface PayloadBase {
  userErrors: UserError[];
}

function toUserError(e: DomainError): UserError {
  return { field: e.field, message: e.message, code: e.code };
}

/**
 * Runs a use case and turns expected failures into `userErrors`. Anything that
 * is not a DomainError is rethrown: it is a bug or a top-level auth error.
 */
export async function toPayload<T, P extends object>(
  run: () => Promise<T>,
  present: (value: T) => P,
): Promise<P & PayloadBase> {
  try {
    const value = await run();
    return { ...present(value), userErrors: [] };
  } catch (error) {
    if (error instanceof DomainError) return failed([toUserError(error)]);
    if (error instanceof DomainErrors) return failed(error.errors.map(toUserError));
    throw error;
  }
}

function failed<P extends object>(userErrors: UserError[]): P & PayloadBase {
  // The payload's data fields are nullable in the schema, so absent means null.
  return { userErrors } as P & PayloadBase;
}
