import { checkDescription, checkEmail, checkName, DESCRIPTION_MAX_LENGTH, EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, problemMessage } from '@gatehouse/contracts';
import { DomainError } from './domain-error';

/** A required name by the shared rule, as stored; a problem is pushed for `field`. */
export function requiredName(value: string, field: string, errors: DomainError[]): string {
  const checked = checkName(value);
  if (checked.problem) errors.push(new DomainError('INVALID_INPUT', field, problemMessage(checked.problem, NAME_MAX_LENGTH)));
  return checked.value;
}

/** A required email by the shared rule, normalised; a problem is pushed for `field`. */
export function requiredEmail(value: string, field: string, errors: DomainError[]): string {
  const checked = checkEmail(value);
  if (checked.problem) errors.push(new DomainError('INVALID_INPUT', field, problemMessage(checked.problem, EMAIL_MAX_LENGTH)));
  return checked.value;
}

/** An optional description by the shared rule; a problem is pushed for `field`. */
export function optionalDescription(value: string, field: string, errors: DomainError[]): string {
  const checked = checkDescription(value);
  if (checked.problem) errors.push(new DomainError('INVALID_INPUT', field, problemMessage(checked.problem, DESCRIPTION_MAX_LENGTH)));
  return checked.value;
}
