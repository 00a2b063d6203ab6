import type { DataSource } from 'typeorm';
import { writeAuditEvents, type AuditActor, type AuditInput } from '../audit/audit-writer';
import { enqueueMail, mailQueued, type OutgoingMail } from '../mail/outbox';
import { transactionReader, type Reader } from './reader';

/**
 * Only this module can make a Tx: the brand is a symbol nobody else can name. Write queries
 * take a Tx, so every write runs inside a unit of work, where the data, its audit events
 * (and the mail it causes) commit or roll back together.
 */
const IN_UNIT_OF_WORK: unique symbol = Symbol('unit of work');

/** What a use case gets inside its transaction. */
export interface Tx extends Reader {
  readonly [IN_UNIT_OF_WORK]: true;
  /** Audit as the request's actor, or as an explicit actor (first run has none yet). */
  audit(event: AuditInput, actor?: AuditActor): Promise<void>;
  /** Many events in one statement (bulk changes touch up to thousands of people). */
  auditMany(events: readonly AuditInput[], actor?: AuditActor): Promise<void>;
  /** Queues emails that are sent only if this unit of work commits. */
  mail(...mails: readonly OutgoingMail[]): Promise<void>;
}

export type UnitOfWork = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/** The one door to `transaction()`: nothing else in the server opens one. */
export function createUnitOfWork(dataSource: DataSource, actor: AuditActor | null): UnitOfWork {
  const actorFor = (action: string, explicit: AuditActor | undefined): AuditActor => {
    const who = explicit ?? actor;
    if (who === null) throw new Error(`audit ${action}: no actor`);
    return who;
  };
  return async (fn) => {
    let queuedMail = false;
    const result = await dataSource.transaction(async (manager) => {
      const reader = transactionReader(manager);
      const tx: Tx = {
        [IN_UNIT_OF_WORK]: true,
        query: reader.query,
        audit: (event, explicitActor) => writeAuditEvents(reader, actorFor(event.action, explicitActor), [event]),
        auditMany: async (events, explicitActor) => {
          const first = events[0];
          if (first === undefined) return;
          await writeAuditEvents(reader, actorFor(first.action, explicitActor), events);
        },
        mail: (...mails) => {
          queuedMail ||= mails.length > 0;
          return enqueueMail(reader, mails);
        },
      };
      return fn(tx);
    });
    // After COMMIT, never before: a worker woken earlier would not see the rows yet. A rolled
    // back unit of work throws above and wakes nobody.
    if (queuedMail) mailQueued(dataSource);
    return result;
  };
}
