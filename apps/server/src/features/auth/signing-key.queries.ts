import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hmacSigningKey, type SigningKey } from '../../platform/auth/access-tokens';
import { SigningKeyEntity } from './signing-key.entity';

const PRIMARY_KID = 'primary';

/** Loads the signing key, generating it on the very first start (race-safe across instances). */
export async function loadOrCreateSigningKey(db: DataSource): Promise<SigningKey> {
  await db
    .createQueryBuilder()
    .insert()
    .into(SigningKeyEntity)
    .values({ kid: PRIMARY_KID, secret: randomBytes(32).toString('base64url') })
    .orIgnore()
    .execute();
  const row = await db.manager.findOneByOrFail(SigningKeyEntity, { kid: PRIMARY_KID });
  return hmacSigningKey(row.kid, Buffer.from(row.secret, 'base64url'));
}
