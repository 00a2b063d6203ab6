import { AccountEntity } from '../accounts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, JoinColumn, ManyToOne } from 'typeorm';

/** A "type this number to confirm" challenge for deleting one exact set of people of one kind. */
@Entity({ name: 'delete_challenges' })
export class DeleteChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  /** Who asked for it: an employee, or (instead) an API token. Only they can use it. */
  @Column({ name: 'actor_employee_id', type: 'uuid', nullable: true })
  actorEmployeeId: string | null;

  @Column({ name: 'actor_api_token_id', type: 'uuid', nullable: true })
  actorApiTokenId: string | null;

  @ManyToOne('ApiTokenEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actor_api_token_id', foreignKeyConstraintName: 'FK_delete_challenges_actor_api_token' })
  actorApiToken?: unknown;

  /** Which kind of people the ids are (a DeleteSubject): a challenge for employees never deletes external users. */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  /** Sorted, so the same set in any order matches. */
  @Column({ name: 'subject_ids', type: 'uuid', array: true })
  subjectIds: string[];

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Wrong numbers typed so far; the challenge is burned after a few. */
  @Column({ name: 'failed_attempts', type: 'smallint', default: 0 })
  failedAttempts: number;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
}
