import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One email as the development mailbox received it: the rendered subject, HTML and text parts
 * and the links in it, kept so a developer (and the browser tests) can read and open it in the
 * admin app. Written only when no Mailgun key is configured.
 */
@Entity({ name: 'dev_mailbox' })
// The Mailbox page: an account's messages, newest first.
@Index('dev_mailbox_account_idx', ['accountId', 'createdAt', 'id'])
export class DevMailboxMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_dev_mailbox' })
  id: string;

  /**
   * Whose mailbox shows it. Mail about a login (a password reset) has no account: it is shown
   * in each account where the address belongs to an employee, one row per account.
   */
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_dev_mailbox_account' })
  account?: unknown;

  /** The outbox row it was delivered from (not a foreign key: delivered rows are pruned). */
  @Column({ name: 'outbox_id', type: 'uuid' })
  outboxId: string;

  @Column({ type: 'text' })
  sender: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'text' })
  text: string;

  /** Every link of the message, in order (the call to action first). */
  @Column({ type: 'text', array: true })
  links: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
