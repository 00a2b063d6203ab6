import { AUDIT_ACTION_TARGETS, type AuditAction } from '@gatehouse/contracts';
import type { Reader } from '../db/reader';

/** One audit event; the target type follows from the action. */
export interface AuditInput {
  readonly action: AuditAction;
  readonly targetId: string | null;
  readonly data?: Record<string, unknown>;
}

export interface AuditActor {
  readonly accountId: string;
  readonly employeeId: string | null;
}

/** Appends events (one or many) in one statement, in the caller's transaction. */
export async function writeAuditEvents(db: Reader, actor: AuditActor, events: readonly AuditInput[]): Promise<void> {
  const rows = events.map((e) => ({ action: e.action, target_type: AUDIT_ACTION_TARGETS[e.action], target_id: e.targetId, data: e.data ?? {} }));
  await db.query(
    `INSERT INTO audit_events (account_id, actor_employee_id, action, target_type, target_id, data)
     SELECT $1, $2, r.action, r.target_type, r.target_id, r.data
       FROM jsonb_to_recordset($3::jsonb) AS r(action text, target_type text, target_id uuid, data jsonb)`,
    [actor.accountId, actor.employeeId, JSON.stringify(rows)],
  );
}
