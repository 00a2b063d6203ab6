import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts';
import { ExternalUserEntity } from '../external-users';

/**
 * A one-time code emailed to an external user to verify a browser. Only its hash is kept.
 * It works once, for 10 minutes, and survives 5 wrong entries; a newer code replaces it.
 * The rows also are the record the request limits count (one a minute, ten an hour).
 */
@Entity({ name: 'portal_codes' })
@Index('portal_codes_external_user_idx', ['externalUserId', 'createdAt'])
export class PortalCodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_portal_codes' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'external_user_id', type: 'uuid' })
  externalUserId: string;

  /** SHA-256 of the external user's id and the code. */
  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Set when it was entered correctly, burned by wrong entries, or replaced by a newer code. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** Entries checked against it, each counted before the comparison; the fifth is the last. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_portal_codes_account' })
  account?: AccountEntity;

  @ManyToOne(() => ExternalUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'external_user_id', foreignKeyConstraintName: 'FK_portal_codes_external_user' })
  externalUser?: ExternalUserEntity;
}
