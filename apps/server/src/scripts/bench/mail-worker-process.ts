import 'reflect-metadata';
import { parseConfig } from '../../config';
import { openDatabase, createGatehouse } from '../../server';

/**
 * One Gatehouse server process for `pnpm bench:mail`: it opens the benchmark's database and
 * runs its mail worker (nothing else is exercised). Told its settings and when to look for mail
 * over the IPC channel, so the benchmark measures delivery rather than the idle poll.
 */

interface StartMessage {
  readonly type: 'start';
  readonly env: Record<string, string>;
}

function isStart(message: unknown): message is StartMessage {
  return typeof message === 'object' && message !== null && 'type' in message && message.type === 'start' && 'env' in message;
}

// The benchmark stopped or crashed: nothing is left running behind it.
process.on('disconnect', () => process.exit(0));

process.on('message', (message: unknown) => {
  if (!isStart(message)) return;
  void (async () => {
    const config = parseConfig(message.env);
    const db = await openDatabase({ kind: 'postgres', url: config.databaseUrl ?? '' });
    const gatehouse = await createGatehouse(config, db, null);
    let cpu = process.cpuUsage();
    process.on('message', (m: unknown) => {
      if (m === 'nudge') {
        cpu = process.cpuUsage();
        gatehouse.mail.nudge();
      }
      // The CPU this process spent since the mail was queued: what delivery costs, whatever else runs on the machine.
      if (m === 'stop') {
        const used = process.cpuUsage(cpu);
        process.send?.({ cpuMs: (used.user + used.system) / 1000 });
        void gatehouse.close().then(() => process.exit(0));
      }
    });
    process.send?.('ready');
  })().catch((error: unknown) => {
    process.stderr.write(`bench:mail worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
});
