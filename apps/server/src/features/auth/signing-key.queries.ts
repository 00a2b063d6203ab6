import { randomBytes } from 'node:crypto';
import { hmacSigningKey, type SigningKey } from '../../platform/auth/access-tokens';
import type { Tx } from '../../platform/db/unit-of-work';

const PRIMARY_KID = 'primary';

/** Loads the signing key, generating it on the very first start (race-safe across instances). */
export async function loadOrCreateSigningKey(tx: Tx): Promise<SigningKey> {
  await tx.query('INSERT INTO signing_keys (kid, secret) VALUES ($1, $2) ON CONFLICT (kid) DO NOTHING', [PRIMARY_KID, randomBytes(32).toString('base64url')]);
  const rows: { kid: string; secret: string }[] = await tx.query('SELECT kid, secret FROM signing_keys WHERE kid = $1', [PRIMARY_KID]);
  const row = rows[0];
  if (row === undefined) throw new Error('signing key missing after insert');
  return hmacSigningKey(row.kid, Buffer.from(row.secret, 'base64url'));
}
