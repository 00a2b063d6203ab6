import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * One staged data row of an import, as parsed by the shared CSV rules, and what the preview
 * decided for it. Only the columns the file has are meaningful (the job lists them).
 * The table is UNLOGGED (migration EmployeeImports; TypeORM cannot say so): see there.
 */
@Entity({ name: 'employee_import_rows' })
@Index('employee_import_rows_email_idx', ['jobId', 'email'])
export class ImportRowEntity {
  @PrimaryColumn({ name: 'job_id', type: 'uuid', primaryKeyConstraintName: 'PK_employee_import_rows' })
  jobId: string;

  /** The row of the file as a spreadsheet numbers it: the header is row 1. */
  @PrimaryColumn({ name: 'row_number', type: 'integer', primaryKeyConstraintName: 'PK_employee_import_rows' })
  rowNumber: number;

  @ManyToOne('ImportJobEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_employee_import_rows_job' })
  job?: unknown;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'first_name', type: 'text', nullable: true })
  firstName: string | null;

  @Column({ type: 'text', nullable: true })
  surname: string | null;

  /** The department's name; null for none. */
  @Column({ type: 'text', nullable: true })
  department: string | null;

  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ type: 'text', array: true, nullable: true })
  groups: string[] | null;

  @Column({ name: 'is_active', type: 'boolean', nullable: true })
  isActive: boolean | null;

  @Column({ name: 'has_error', type: 'boolean', default: false })
  hasError: boolean;

  /** CREATE, UPDATE or UNCHANGED, decided by the preview. */
  @Column({ type: 'text', nullable: true })
  action: string | null;

  /** The person it updates, or the id the create will give them. */
  @Column({ name: 'employee_id', type: 'uuid', nullable: true })
  employeeId: string | null;

  /** The person's updated_at when previewed: a later change makes the preview stale. */
  @Column({ name: 'before_updated_at', type: 'timestamptz', nullable: true })
  beforeUpdatedAt: Date | null;

  /** The stored permissions to write, when they change. */
  @Column({ name: 'stored_permissions', type: 'jsonb', nullable: true })
  storedPermissions: unknown[] | null;

  @Column({ name: 'groups_changed', type: 'boolean', default: false })
  groupsChanged: boolean;

  @Column({ name: 'audit_action', type: 'text', nullable: true })
  auditAction: string | null;

  @Column({ name: 'audit_data', type: 'jsonb', nullable: true })
  auditData: Record<string, unknown> | null;
}
