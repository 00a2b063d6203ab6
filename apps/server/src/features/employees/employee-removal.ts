import type { Tx } from '../../platform/db/unit-of-work';

/**
 * What another feature does, inside the deletion's unit of work, when employees are deleted:
 * remove them from what it owns and audit that. Features that reference employees register a
 * step from the composition root; this feature cannot import them (they import it).
 */
export type EmployeeRemovalStep = (tx: Tx, accountId: string, employeeIds: readonly string[]) => Promise<void>;

const steps = new Set<EmployeeRemovalStep>();

/** Adds a step run before employees are deleted; adding the same step twice runs it once. */
export function onEmployeesRemoved(step: EmployeeRemovalStep): void {
  steps.add(step);
}

/** Runs every registered step, in registration order, in the caller's transaction. */
export async function runEmployeeRemovalSteps(tx: Tx, accountId: string, employeeIds: readonly string[]): Promise<void> {
  for (const step of steps) await step(tx, accountId, employeeIds);
}
