import { AccountEntity } from '../accounts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EmployeeEntity } from './employee.entity';

/**
 * One invitation link sent to an employee. Only the SHA-256 of its token is stored; the raw
 * token travels in the email alone. At most one invitation per employee is live (neither used
 * nor superseded): sending again supersedes the earlier link, and a unique partial index
 * makes a second live one impossible even under concurrent sends.
 */
@Entity({ name: 'invitations' })
@Index('invitations_one_live_per_employee_key', ['employeeId'], { unique: true, where: '"used_at" IS NULL AND "superseded_at" IS NULL' })
@Index('invitations_employee_idx', ['employeeId'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_invitations' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_invitations_account' })
  account?: AccountEntity;

  @Column({ name: 'employee_id', type: 'uuid' })
  employeeId: string;

  // Deleting the person deletes their links: an open link then reads as unknown.
  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'FK_invitations_employee' })
  employee?: EmployeeEntity;

  @Index('invitations_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** When it was sent. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** Set when a newer invitation to the same person replaced this one. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
