import { MODULES, type ModuleKey } from '@gatehouse/access';
import { ITEM_STATUSES, type ItemStatus } from '@gatehouse/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AccountEntity } from '../accounts';
import { DepartmentEntity } from '../departments';
import { EmployeeEntity } from '../employees';
import { UserGroupEntity } from '../user-groups';

/**
 * A job, an incident, or an item of any later module: one table whose `module` column comes
 * from the access package's registry, so a new module needs no table of its own.
 */
@Entity({ name: 'items' })
@Check('items_confidential_level_check', '"confidential_level" IS NULL OR "confidential_level" BETWEEN 1 AND 10')
// Keyset orders (migrations Items, ItemOrderCovering: with included columns) and search: indexes TypeORM cannot describe.
@Index('items_order_due_idx', { synchronize: false })
@Index('items_order_created_idx', { synchronize: false })
@Index('items_order_title_idx', { synchronize: false })
@Index('items_search_idx', { synchronize: false })
@Index('items_department_idx', ['departmentId'])
@Index('items_owner_group_idx', ['ownerGroupId'])
export class ItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_items' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'enum', enum: MODULES, enumName: 'module_key' })
  module: ModuleKey;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'enum', enum: ITEM_STATUSES, enumName: 'item_status', default: 'OPEN' })
  status: ItemStatus;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** A key column of every order index, so the working set (not archived) is a range of each. */
  @Column({ name: 'is_archived', type: 'boolean', default: false })
  isArchived: boolean;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'confidential_level', type: 'smallint', nullable: true })
  confidentialLevel: number | null;

  @Column({ name: 'owner_group_id', type: 'uuid', nullable: true })
  ownerGroupId: string | null;

  @Column({ name: 'created_by_employee_id', type: 'uuid', nullable: true })
  createdByEmployeeId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_items_account' })
  account?: AccountEntity;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_items_department' })
  department?: DepartmentEntity | null;

  @ManyToOne(() => UserGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_group_id', foreignKeyConstraintName: 'FK_items_owner_group' })
  ownerGroup?: UserGroupEntity | null;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_employee_id', foreignKeyConstraintName: 'FK_items_created_by' })
  createdBy?: EmployeeEntity | null;
}
