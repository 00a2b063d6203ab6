import type { DataSource, EntityManager } from 'typeorm';
import { writeAudit, type AuditActor, type AuditInput } from '../audit/audit-writer';

/** What a use case gets inside its transaction: the data, the audit trail (and later the outbox) commit together. */
export interface Tx {
  readonly manager: EntityManager;
  /** Audit as the request's actor, or as an explicit actor (first run has none yet). */
  audit(event: AuditInput, actor?: AuditActor): Promise<void>;
}

export type UnitOfWork = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/** The one door to `transaction()` (STYLE §4). */
export function createUnitOfWork(dataSource: DataSource, actor: AuditActor | null): UnitOfWork {
  return (fn) =>
    dataSource.transaction(async (manager) => {
      const tx: Tx = {
        manager,
        audit: async (event, explicitActor) => {
          const who = explicitActor ?? actor;
          if (who === null) throw new Error(`audit ${event.action}: no actor`);
          await writeAudit(manager, who, event);
        },
      };
      return fn(tx);
    });
}
