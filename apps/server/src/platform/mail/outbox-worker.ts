import type { DataSource } from 'typeorm';
import { poolReader } from '../db/reader';
import type { UnitOfWork } from '../db/unit-of-work';
import { isMailTemplateName, SECRET_FIELDS, storedMailContent } from './mail-templates';
import { renderMail, type RenderedMail } from './mail-renderer';
import { PermanentMailError, type MailTransport } from './mail-transport';
import { onMailQueued } from './outbox';
import { claimDueMail, pruneDeliveredMail, recordOutcomes, unfinishedMail, type ClaimedMail, type MailOutcome } from './outbox-worker.queries';
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from './retry-policy';

/** How a worker paces itself. Every server process runs one; tests and the benchmark tune it. */
export interface MailWorkerOptions {
  /** Rows one claim takes; they are sent at once. */
  readonly batchSize: number;
  /**
   * Claim-and-send loops running side by side, so one slow send never holds up the next batch.
   * At most batchSize × lanes messages are in flight. Lanes beyond the first start only while
   * the queue is long (a claim came back full) and rest when it is empty.
   */
  readonly lanes: number;
  /** How often an idle worker looks for due mail (retries coming due, mail queued by other instances). */
  readonly idlePollMs: number;
  /** Wake up when a unit of work of this process commits mail (off in tests, which deliver explicitly). */
  readonly wakeOnQueued: boolean;
  /** How long a claim keeps a row from other workers; a worker that dies gives its rows back after this. */
  readonly leaseMs: number;
  readonly retry: RetryPolicy;
  readonly pruneEveryMs: number;
  /** Delivered mail is kept this long (support questions: "did the invitation go out?"). */
  readonly keepSentDays: number;
}

export const DEFAULT_MAIL_WORKER_OPTIONS: MailWorkerOptions = {
  batchSize: 25,
  lanes: 4,
  idlePollMs: 1_000,
  wakeOnQueued: true,
  // Far longer than a send may take (MAILGUN_TIMEOUT_MS), so a slow send is never claimed twice.
  leaseMs: 2 * 60_000,
  retry: DEFAULT_RETRY_POLICY,
  pruneEveryMs: 10 * 60_000,
  keepSentDays: 30,
};

/** Where the worker reports (pino's call shape). */
export interface WorkerLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface MailWorker {
  readonly transport: MailTransport;
  /** Looks for due mail now rather than at the next poll. */
  nudge(): void;
  /**
   * Sends every message that is due now, in this call, and waits for messages other workers
   * are sending; with `includeRetries`, also waits out retries until none is left. For tests
   * and scripts; answers how many this call sent or gave up on.
   */
  deliverDue(opts?: { includeRetries?: boolean; timeoutMs?: number }): Promise<number>;
  /** Stops claiming, lets the sends in flight finish and records them. */
  stop(): Promise<void>;
}

interface WorkerDeps {
  readonly db: DataSource;
  readonly uow: UnitOfWork;
  readonly transport: MailTransport;
  readonly from: string;
  readonly publicUrl: string;
  readonly log: WorkerLog;
  readonly options?: Partial<MailWorkerOptions>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The outbox worker: claims due rows in batches, renders each with the shared layout, sends it
 * outside any transaction, and records the outcome (SENT with the provider's id; a retry
 * after back-off; FAILED with the reason after the last try). It polls every `idlePollMs`
 * while idle and is nudged by every unit of work of this process that queues mail, so new mail
 * goes out at once; mail queued by another instance is picked up by that instance's worker,
 * or by this one at its next poll.
 */
export function startMailWorker(deps: WorkerDeps): MailWorker {
  const o: MailWorkerOptions = { ...DEFAULT_MAIL_WORKER_OPTIONS, ...deps.options };
  const read = poolReader(deps.db);
  let running = true;
  let wakeAll: (() => void)[] = [];

  const wake = () => {
    const waiting = wakeAll;
    wakeAll = [];
    for (const resolve of waiting) resolve();
  };
  /** Waits for a nudge, or `ms` at most. */
  const rest = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeAll.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });

  /** The email of a claimed row; a row that cannot be rendered will never be, so that is a permanent failure. */
  async function render(row: ClaimedMail): Promise<RenderedMail> {
    try {
      if (!isMailTemplateName(row.template)) throw new Error(`unknown template "${row.template}"`);
      const content = storedMailContent(row.template, row.data, { accountName: row.account_name, publicUrl: deps.publicUrl });
      return await renderMail(content, row.account_name);
    } catch (error) {
      throw new PermanentMailError(`cannot render it: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function deliver(row: ClaimedMail): Promise<MailOutcome> {
    const { id, attempts } = row;
    try {
      const mail = await render(row);
      const providerMessageId = await deps.transport.send({ outboxId: id, accountId: row.account_id, from: deps.from, to: row.recipient, ...mail });
      return { id, attempts, state: 'SENT', providerMessageId, secrets: isMailTemplateName(row.template) ? SECRET_FIELDS[row.template] : [] };
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      if (error instanceof PermanentMailError || attempts >= o.retry.maxAttempts) {
        deps.log.warn({ mail: { id, to: row.recipient, template: row.template, attempts }, reason }, 'mail failed for good');
        return { id, attempts, state: 'FAILED', error: reason };
      }
      return { id, attempts, state: 'PENDING', error: reason, delayMs: retryDelayMs(o.retry, attempts) };
    }
  }

  /** One claim, its sends and their outcomes; answers how many rows it claimed. */
  async function runBatch(): Promise<number> {
    const claimed = await claimDueMail(deps.uow, o.batchSize, o.leaseMs);
    if (claimed.length === 0) return 0;
    const outcomes = await Promise.all(claimed.map(deliver));
    await recordOutcomes(deps.uow, outcomes);
    return claimed.length;
  }

  /** Lane 0 polls; the others join only while claims come back full. */
  async function lane(index: number): Promise<void> {
    while (running) {
      let claimed: number;
      try {
        claimed = await runBatch();
      } catch (error) {
        if (!running) return;
        deps.log.warn({ err: error }, 'mail worker: claiming or recording failed; trying again shortly');
        // Wakeable, so stopping never waits out the pause.
        await rest(Math.min(o.idlePollMs, 5_000));
        continue;
      }
      if (claimed === o.batchSize) {
        wake();
        continue;
      }
      if (!running) return;
      await rest(index === 0 ? o.idlePollMs : 60_000);
    }
  }

  const lanes = Array.from({ length: o.lanes }, (_, i) => lane(i));
  const unsubscribe = o.wakeOnQueued ? onMailQueued(deps.db, wake) : () => undefined;
  const pruning = setInterval(() => {
    pruneDeliveredMail(deps.uow, o.keepSentDays).catch((error: unknown) => deps.log.warn({ err: error }, 'pruning delivered mail failed'));
  }, o.pruneEveryMs);
  pruning.unref();

  return {
    transport: deps.transport,
    nudge: wake,
    async deliverDue(opts = {}) {
      const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
      let handled = 0;
      for (;;) {
        let n: number;
        while ((n = await runBatch()) > 0) handled += n;
        const left = await unfinishedMail(read);
        const waitFor = left.inFlight + left.due + (opts.includeRetries ? left.waiting : 0);
        if (waitFor === 0) return handled;
        if (Date.now() > deadline) throw new Error(`mail still unfinished after ${opts.timeoutMs ?? 15_000} ms: ${JSON.stringify(left)}`);
        await sleep(10);
      }
    },
    async stop() {
      running = false;
      clearInterval(pruning);
      unsubscribe();
      wake();
      await Promise.all(lanes);
    },
  };
}
