import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** One problem of an import: its row (1 is the header), column and reason. */
@Entity({ name: 'employee_import_errors' })
@Index('employee_import_errors_column_idx', ['jobId', 'column', 'rowNumber', 'seq'])
export class ImportErrorEntity {
  @PrimaryColumn({ name: 'job_id', type: 'uuid', primaryKeyConstraintName: 'PK_employee_import_errors' })
  jobId: string;

  @PrimaryColumn({ name: 'row_number', type: 'integer', primaryKeyConstraintName: 'PK_employee_import_errors' })
  rowNumber: number;

  /** Orders several problems of one row. */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_employee_import_errors' })
  seq: number;

  @ManyToOne('ImportJobEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_employee_import_errors_job' })
  job?: unknown;

  /** The column key (`email`, `JOBS.seeLevels`), or '' for the row or file as a whole. */
  @Column({ type: 'text' })
  column: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  message: string;
}
