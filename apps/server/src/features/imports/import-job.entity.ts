import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Where an import is: REJECTED (the file itself was unusable), READY (staged and previewed),
 * APPLYING, APPLIED, FAILED (nothing was written; `message` says why), or EXPIRED (previewed but
 * not applied within IMPORT_PREVIEW_TTL_MS: its staged rows are gone, its counts and problems stay).
 */
export const IMPORT_STATES = ['REJECTED', 'READY', 'APPLYING', 'APPLIED', 'FAILED', 'EXPIRED'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/**
 * One employee CSV import of an account. Its rows are staged in employee_import_rows and its
 * problems listed in employee_import_errors. At most one job of an account is APPLYING at a
 * time (a unique partial index), so two imports never interleave.
 */
@Entity({ name: 'employee_import_jobs' })
@Index('employee_import_jobs_account_idx', ['accountId', 'createdAt', 'id'])
@Index('employee_import_jobs_ready_idx', ['createdAt'], { where: `"state" = 'READY'` })
@Index('employee_import_jobs_one_applying', ['accountId'], { unique: true, where: `"state" = 'APPLYING'` })
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_employee_import_jobs' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_employee_import_jobs_account' })
  account?: unknown;

  /** Who uploaded it; null for an operator's command line import, or once they are deleted. */
  @Column({ name: 'created_by_employee_id', type: 'uuid', nullable: true })
  createdByEmployeeId: string | null;

  @ManyToOne('EmployeeEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_employee_id', foreignKeyConstraintName: 'FK_employee_import_jobs_creator' })
  createdBy?: unknown;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  state: ImportState;

  /** Departments and groups named in the file but missing are created by the apply. */
  @Column({ name: 'create_missing', type: 'boolean', default: false })
  createMissing: boolean;

  /** New people get an invitation email from the apply, in its transaction. */
  @Column({ name: 'send_invites', type: 'boolean', default: false })
  sendInvites: boolean;

  /** The column keys the file has (only these are updated on known people). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  columns: string[];

  @Column({ name: 'total_rows', type: 'integer', default: 0 })
  totalRows: number;

  @Column({ type: 'integer', default: 0 })
  creates: number;

  @Column({ type: 'integer', default: 0 })
  updates: number;

  @Column({ type: 'integer', default: 0 })
  unchanged: number;

  @Column({ name: 'error_rows', type: 'integer', default: 0 })
  errorRows: number;

  @Column({ name: 'error_count', type: 'integer', default: 0 })
  errorCount: number;

  @Column({ name: 'new_departments', type: 'integer', default: 0 })
  newDepartments: number;

  @Column({ name: 'new_groups', type: 'integer', default: 0 })
  newGroups: number;

  /** Rows written so far by a running apply, out of progress_total. */
  @Column({ name: 'progress_done', type: 'integer', default: 0 })
  progressDone: number;

  @Column({ name: 'progress_total', type: 'integer', default: 0 })
  progressTotal: number;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
