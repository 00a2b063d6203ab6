import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A forgotten-password link; only the token's hash is stored. Keyed by the normalized email
 * rather than the identity: a request for an unknown email writes its row too, so both
 * answers do the same work. Such a row is inert (its token was never sent, and a reset
 * needs an identity with that email).
 */
@Entity({ name: 'password_reset_tokens' })
@Index('password_reset_tokens_live_idx', ['email'], { where: '"used_at" IS NULL AND "superseded_at" IS NULL' })
export class PasswordResetTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_password_reset_tokens' })
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Index('password_reset_tokens_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** Set when a later request for the same email replaced this link. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
