import type { Tx } from '../../platform/db/unit-of-work';

/** Who becomes whom when an external user is promoted. */
export interface PromotionHandover {
  readonly accountId: string;
  readonly externalUserId: string;
  readonly employeeId: string;
}

/**
 * What another feature does when an external user is promoted: move what it holds for them to
 * the employee, or end it (items move assignments and ticks; the portal ends their sessions).
 * Features that reference external users register a step from the composition root; this
 * feature cannot import them (they import it).
 */
export type PromotionStep = (tx: Tx, handover: PromotionHandover) => Promise<void>;

/** What another feature does, inside the deletion's unit of work, when external users are deleted. */
export type ExternalUserRemovalStep = (tx: Tx, accountId: string, externalUserIds: readonly string[]) => Promise<void>;

const promotionSteps = new Set<PromotionStep>();
const removalSteps = new Set<ExternalUserRemovalStep>();

/** Adds a step run on promotion; adding the same step twice runs it once. */
export function onExternalUserPromoted(step: PromotionStep): void {
  promotionSteps.add(step);
}

/** Adds a step run before external users are deleted; adding the same step twice runs it once. */
export function onExternalUsersRemoved(step: ExternalUserRemovalStep): void {
  removalSteps.add(step);
}

/**
 * The extension point of Promote to employee: called inside the promotion's transaction after
 * the employee is inserted and before the external user row is deleted, so both ids exist.
 * Runs every registered step in registration order; whatever throws rolls the promotion back.
 */
export async function handOverToEmployee(tx: Tx, handover: PromotionHandover): Promise<void> {
  for (const step of promotionSteps) await step(tx, handover);
}

/** Runs every registered removal step, in the caller's transaction. */
export async function runExternalUserRemovalSteps(tx: Tx, accountId: string, externalUserIds: readonly string[]): Promise<void> {
  for (const step of removalSteps) await step(tx, accountId, externalUserIds);
}
