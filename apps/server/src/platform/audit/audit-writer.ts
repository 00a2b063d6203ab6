import { AUDIT_ACTION_TARGETS, type AuditAction } from '@gatehouse/contracts';
import type { AccountPrincipal } from '@gatehouse/access';
import type { Reader } from '../db/reader';

/** One audit event; the target type follows from the action. */
export interface AuditInput {
  readonly action: AuditAction;
  readonly targetId: string | null;
  readonly data?: Record<string, unknown>;
}

/** Who an event is by: an employee, an API token, or (both null) the system. */
export interface AuditActor {
  readonly accountId: string;
  readonly employeeId: string | null;
  /** Set instead of employeeId when a client app made the change with an API token. */
  readonly apiTokenId?: string | null;
}

/** Appends events (one or many) in one statement, in the caller's transaction. */
export async function writeAuditEvents(db: Reader, actor: AuditActor, events: readonly AuditInput[]): Promise<void> {
  const rows = events.map((e) => ({ action: e.action, target_type: AUDIT_ACTION_TARGETS[e.action], target_id: e.targetId, data: e.data ?? {} }));
  await db.query(
    `INSERT INTO audit_events (account_id, actor_employee_id, actor_api_token_id, action, target_type, target_id, data)
     SELECT $1, $2, $3, r.action, r.target_type, r.target_id, r.data
       FROM jsonb_to_recordset($4::jsonb) AS r(action text, target_type text, target_id uuid, data jsonb)`,
    [actor.accountId, actor.employeeId, actor.apiTokenId ?? null, JSON.stringify(rows)],
  );
}

/** The audit actor of a request's principal: the employee, or the API token. */
export function auditActorOf(principal: AccountPrincipal): AuditActor {
  return principal.kind === 'apiToken'
    ? { accountId: principal.accountId, employeeId: null, apiTokenId: principal.apiTokenId }
    : { accountId: principal.accountId, employeeId: principal.employeeId };
}
