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

/** Appends one audit event inside the caller's transaction. */
export async function writeAudit(db: Reader, actor: AuditActor, event: AuditInput): Promise<void> {
  await db.query(
    'INSERT INTO audit_events (account_id, actor_employee_id, action, target_type, target_id, data) VALUES ($1, $2, $3, $4, $5, $6)',
    [actor.accountId, actor.employeeId, event.action, AUDIT_ACTION_TARGETS[event.action], event.targetId, JSON.stringify(event.data ?? {})],
  );
}

/** Appends many events in one statement, in the caller's transaction. */
export async function writeAuditMany(db: Reader, actor: AuditActor, events: readonly AuditInput[]): Promise<void> {
  const rows = events.map((e) => ({ action: e.action, target_type: AUDIT_ACTION_TARGETS[e.action], target_id: e.targetId, data: e.data ?? {} }));
  await db.query(
    `INSERT INTO audit_events (account_id, actor_employee_id, action, target_type, target_id, data)
     SELECT $1, $2, r.action, r.target_type, r.target_id, r.data
       FROM jsonb_to_recordset($3::jsonb) AS r(action text, target_type text, target_id uuid, data jsonb)`,
    [actor.accountId, actor.employeeId, JSON.stringify(rows)],
  );
}
