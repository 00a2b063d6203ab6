import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts';
import { EmployeeEntity } from '../employees';
import { ExternalUserEntity } from '../external-users';
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
 * An employee assigned to an item. One table per kind of assignee (external users have
 * `item_external_assignments`), so each kind keeps a real foreign key and its own delete cascade.
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

/**
 * An external user assigned to an item. The assignment carries the hash of the portal link's
 * token: the link works exactly as long as this row exists (unassigning or deleting the
 * external user deletes it).
 */
@Entity({ name: 'item_external_assignments' })
@Index('item_external_assignments_external_user_idx', ['externalUserId', 'itemId'])
@Index('item_external_assignments_token_key', ['tokenHash'], { unique: true })
export class ItemExternalAssignmentEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'PK_item_external_assignments' })
  itemId: string;

  @PrimaryColumn({ name: 'external_user_id', type: 'uuid', primaryKeyConstraintName: 'PK_item_external_assignments' })
  externalUserId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  /** SHA-256 of the portal link's token; the token itself is only in the email. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_item_external_assignments_account' })
  account?: AccountEntity;

  @ManyToOne(() => ItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_item_external_assignments_item' })
  item?: ItemEntity;

  @ManyToOne(() => ExternalUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'external_user_id', foreignKeyConstraintName: 'FK_item_external_assignments_external_user' })
  externalUser?: ExternalUserEntity;
}
