import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts';
import { ExternalUserEntity } from '../external-users';

/**
 * A browser verified for an external user: the portal cookie holds the raw token, this row
 * its hash. It lasts 24 hours; deleting the external user (or promoting them) deletes it.
 */
@Entity({ name: 'portal_sessions' })
@Index('portal_sessions_token_key', ['tokenHash'], { unique: true })
@Index('portal_sessions_external_user_idx', ['externalUserId'])
export class PortalSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_portal_sessions' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'external_user_id', type: 'uuid' })
  externalUserId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_portal_sessions_account' })
  account?: AccountEntity;

  @ManyToOne(() => ExternalUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'external_user_id', foreignKeyConstraintName: 'FK_portal_sessions_external_user' })
  externalUser?: ExternalUserEntity;
}
