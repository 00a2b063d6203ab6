import { onEmployeesRemoved } from './features/employees';
import { removeEmployeesFromItems } from './features/items';

/**
 * Composition root: what features do when another feature's records go away. Registering
 * is idempotent, so every Gatehouse assembled in one process (tests build several) may call it.
 */
export function registerFeatureHooks(): void {
  onEmployeesRemoved(removeEmployeesFromItems);
}
