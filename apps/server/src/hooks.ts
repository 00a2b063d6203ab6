import { onEmployeesRemoved } from './features/employees';
import { onExternalUserPromoted, onExternalUsersRemoved } from './features/external-users';
import { moveExternalAssignmentsToEmployee, removeEmployeesFromItems, removeExternalUsersFromItems } from './features/items';
import { endPortalAccessOnPromotion } from './features/portal';

/**
 * Composition root: what features do when another feature's records go away or change hands. Registering
 * is idempotent, so every Gatehouse assembled in one process (tests build several) may call it.
 */
export function registerFeatureHooks(): void {
  onEmployeesRemoved(removeEmployeesFromItems);
  onExternalUsersRemoved(removeExternalUsersFromItems);
  onExternalUserPromoted(moveExternalAssignmentsToEmployee);
  onExternalUserPromoted(endPortalAccessOnPromotion);
}
