import type { EntityManager } from 'typeorm';

export interface AuditInput {
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly data?: Record<string, unknown>;
}

export interface AuditActor {
  readonly accountId: string;
  readonly employeeId: string | null;
}

/** Appends one audit event inside the caller's transaction. */
export async function writeAudit(manager: EntityManager, actor: AuditActor, event: AuditInput): Promise<void> {
  await manager.query(
    'INSERT INTO audit_events (account_id, actor_employee_id, action, target_type, target_id, data) VALUES ($1, $2, $3, $4, $5, $6)',
    [actor.accountId, actor.employeeId, event.action, event.targetType, event.targetId, JSON.stringify(event.data ?? {})],
  );
}
