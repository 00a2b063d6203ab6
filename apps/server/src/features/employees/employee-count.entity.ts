import { AccountEntity } from '../accounts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** How many employees an account has; kept by triggers on employees (migration EmployeeCounts), never written by the app. */
@Entity({ name: 'employee_counts' })
export class EmployeeCountEntity {
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'PK_employee_counts' })
  accountId: string;

  @Column({ type: 'bigint' })
  employees: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_employee_counts_account' })
  account?: AccountEntity;
}
