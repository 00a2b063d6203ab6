import { AccountEntity } from '../accounts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EMAIL_OWNER_KINDS, type EmailOwnerKind } from './email-owner';

/**
 * Every email in use in an account, whoever holds it: the primary key makes an email belong to
 * at most one employee or external user. Kept by database triggers on employees and
 * external_users (migration ExternalUsers), never written by the app except to hand an email
 * from an external user to the employee they are promoted to.
 */
@Entity({ name: 'account_emails' })
@Check('account_emails_owner_kind_check', `"owner_kind" IN (${EMAIL_OWNER_KINDS.map((k) => `'${k}'`).join(', ')})`)
export class AccountEmailEntity {
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'PK_account_emails' })
  accountId: string;

  /** Normalised, as the owner's row stores it. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_account_emails' })
  email: string;

  @Column({ name: 'owner_kind', type: 'text' })
  ownerKind: EmailOwnerKind;

  /** The employee's or external user's id. */
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_account_emails_account' })
  account?: AccountEntity;
}
