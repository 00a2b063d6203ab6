import type { ProbeClient } from './probe-client';
import type { ProbeSeed } from './probe-seed';

export interface ProbeContext {
  readonly seed: ProbeSeed;
  readonly password: string;
  readonly passwordHash: string;
  /** A new client without a session. */
  client(): ProbeClient;
  /** A client logged in as a new employee of `accountId` with this role. */
  loggedIn(accountId: string, role: string): Promise<{ client: ProbeClient; employeeId: string }>;
}
