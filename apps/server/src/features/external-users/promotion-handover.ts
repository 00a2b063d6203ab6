import type { Tx } from '../../platform/db/unit-of-work';

/** Who becomes whom when an external user is promoted. */
export interface PromotionHandover {
  readonly accountId: string;
  readonly externalUserId: string;
  readonly employeeId: string;
}

/**
 * The extension point of Promote to employee: called inside the promotion's transaction after
 * the employee is inserted and before the external user row is deleted, so both ids exist.
 * What the external user has beyond their row moves to the employee here, or ends: item
 * assignments (jobs and incidents) are re-pointed to the employee, and portal sessions and
 * one-time passwords are revoked. Whatever throws here rolls the whole promotion back.
 *
 * Today an external user owns nothing else: assignments and the portal do not exist yet, and
 * the feature that adds them adds its statements here.
 */
export async function handOverToEmployee(tx: Tx, handover: PromotionHandover): Promise<void> {
  void tx;
  void handover;
}
