import type { ApiTokenPrincipal } from '@gatehouse/access';
import { isWellFormedApiToken } from '../../platform/auth/api-token-format';
import { hashToken } from '../../platform/auth/secrets';
import type { Reader } from '../../platform/db/reader';
import type { UnitOfWork } from '../../platform/db/unit-of-work';
import { liveApiTokenByHash, touchApiToken } from './api-token.queries';

/** last_used_at moves at most once per this many seconds: a busy client must not write on every request. */
export const LAST_USED_INTERVAL_SECONDS = 60;

/**
 * The principal of a raw bearer API token, read fresh on every request (a revoke or an expiry
 * applies to the very next one), or null for anything malformed, unknown, revoked or expired.
 * Costs one unique-index probe; at most once a minute per token, one conditional update.
 */
export async function loadApiTokenPrincipal(db: Reader, uow: UnitOfWork, rawToken: string, now: Date): Promise<ApiTokenPrincipal | null> {
  if (!isWellFormedApiToken(rawToken)) return null;
  const row = await liveApiTokenByHash(db, hashToken(rawToken), now);
  if (row === null) return null;
  const staleBefore = now.getTime() - LAST_USED_INTERVAL_SECONDS * 1000;
  if (row.last_used_at === null || row.last_used_at.getTime() <= staleBefore) {
    await uow((tx) => touchApiToken(tx, row.id, now, LAST_USED_INTERVAL_SECONDS));
  }
  return { kind: 'apiToken', accountId: row.account_id, apiTokenId: row.id, role: row.role };
}
