import { cleanName, NAME_MAX_LENGTH } from '@gatehouse/contracts';
import { DomainError } from './domain-error';

/** A trimmed, non-empty name of bounded length; problems are pushed for `field`. */
export function requiredName(value: string, field: string, errors: DomainError[]): string {
  const name = cleanName(value);
  if (name.length === 0) errors.push(new DomainError('INVALID_INPUT', field, 'Required.'));
  else if (name.length > NAME_MAX_LENGTH) errors.push(new DomainError('INVALID_INPUT', field, `At most ${NAME_MAX_LENGTH} characters.`));
  return name;
}
