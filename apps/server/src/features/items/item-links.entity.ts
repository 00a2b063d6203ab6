import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts';
import { EmployeeEntity } from '../employees';
import { UserGroupEntity } from '../user-groups';
import { ItemEntity } from './item.entity';

/** A user group an item is shared with (besides its owner group). */
@Entity({ name: 'item_shared_groups' })
@Index('item_shared_groups_group_idx', ['groupId', 'itemId'])
export class ItemSharedGroupEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'PK_item_shared_groups' })
  itemId: string;

  @PrimaryColumn({ name: 'group_id', type: 'uuid', primaryKeyConstraintName: 'PK_item_shared_groups' })
  groupId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_item_shared_groups_account' })
  account?: AccountEntity;

  @ManyToOne(() => ItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_item_shared_groups_item' })
  item?: ItemEntity;

  @ManyToOne(() => UserGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_item_shared_groups_group' })
  group?: UserGroupEntity;
}

/**
 * An employee assigned to an item. One table per kind of assignee: external users get their
 * own `item_external_assignments` (item_id, external_user_id, account_id) with a foreign key
 * to their table, so each kind keeps a real foreign key and its own delete cascade.
 */
@Entity({ name: 'item_employee_assignments' })
@Index('item_employee_assignments_employee_idx', ['employeeId', 'itemId'])
export class ItemEmployeeAssignmentEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'PK_item_employee_assignments' })
  itemId: string;

  @PrimaryColumn({ name: 'employee_id', type: 'uuid', primaryKeyConstraintName: 'PK_item_employee_assignments' })
  employeeId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_item_employee_assignments_account' })
  account?: AccountEntity;

  @ManyToOne(() => ItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_item_employee_assignments_item' })
  item?: ItemEntity;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'FK_item_employee_assignments_employee' })
  employee?: EmployeeEntity;
}
