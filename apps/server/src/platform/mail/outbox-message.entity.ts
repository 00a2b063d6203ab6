import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MailTemplateName } from './mail-templates';

/** Where a queued email is: waiting (or retrying), being sent, delivered, or given up on. */
export const OUTBOX_STATES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/**
 * One email of the transactional outbox. Written in the same transaction as the change that
 * causes it; claimed by a worker (several server instances never claim one row together),
 * sent outside any transaction, retried with back-off, kept as FAILED after its last try.
 */
@Entity({ name: 'mail_outbox' })
@Index('mail_outbox_due_idx', ['nextAttemptAt'], { where: `"state" IN ('PENDING', 'SENDING')` })
@Index('mail_outbox_account_state_idx', ['accountId', 'state', 'createdAt', 'id'])
// Pruning deletes delivered mail by age without reading the rest of the outbox.
@Index('mail_outbox_sent_idx', ['sentAt'], { where: `"state" = 'SENT'` })
// Failed mail about a login, newest first with its recipient (an INCLUDE index, written in its migration).
@Index('mail_outbox_failed_login_idx', { synchronize: false })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_mail_outbox' })
  id: string;

  /** Null for mail about a login rather than an account (a password reset). */
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  // The account's mail goes with it.
  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_mail_outbox_account' })
  account?: unknown;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  template: MailTemplateName;

  /** The template's data; holds a link's raw token until the mail is sent. */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'text', default: 'PENDING' })
  state: OutboxState;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** When a worker may take it next: now for new mail, later after a failure or while a worker holds it. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** The provider's id for the delivered message (Mailgun's `id`), for support and bounces. */
  @Column({ name: 'provider_message_id', type: 'text', nullable: true })
  providerMessageId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** When its last try failed and it was given up on (shown to admins beside the reason). */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
