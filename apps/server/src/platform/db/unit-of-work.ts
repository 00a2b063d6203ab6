import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';
import { writeAuditEvents, type AuditActor, type AuditInput } from '../audit/audit-writer';
import { enqueueMail, mailQueued, type OutgoingMail } from '../mail/outbox';
import { isSingleSession } from './data-source';
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

/** The tail of each single-session data source's queue of transactions. */
const queues = new WeakMap<DataSource, Promise<unknown>>();
/** Set while a queued transaction runs, so a unit of work opened inside it fails instead of waiting for itself. */
const insideQueued = new AsyncLocalStorage<DataSource>();

/**
 * Runs `run` after every transaction queued before it on this single-session data source
 * (PGlite), whatever their outcome: there, transactions must not interleave. PostgreSQL gives
 * each transaction its own connection and its own isolation, so it is not queued.
 */
function queued<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  if (!isSingleSession(dataSource)) return run();
  if (insideQueued.getStore() === dataSource) throw new Error('a unit of work was opened inside another one');
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(
    () => insideQueued.run(dataSource, run),
    () => insideQueued.run(dataSource, run),
  );
  queues.set(dataSource, next.catch(() => undefined));
  return next;
}

/** The one door to `transaction()`: nothing else in the server opens one. */
export function createUnitOfWork(dataSource: DataSource, actor: AuditActor | null): UnitOfWork {
  const actorFor = (action: string, explicit: AuditActor | undefined): AuditActor => {
    const who = explicit ?? actor;
    if (who === null) throw new Error(`audit ${action}: no actor`);
    return who;
  };
  return async (fn) => {
    let queuedMail = false;
    const result = await queued(dataSource, () => dataSource.transaction(async (manager) => {
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
    }));
    // After COMMIT, never before: a worker woken earlier would not see the rows yet. A rolled
    // back unit of work throws above and wakes nobody.
    if (queuedMail) mailQueued(dataSource);
    return result;
  };
}
