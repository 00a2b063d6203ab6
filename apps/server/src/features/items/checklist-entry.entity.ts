import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts';
import { EmployeeEntity } from '../employees';
import { ExternalUserEntity } from '../external-users';
import { ItemEntity } from './item.entity';

/**
 * One line of an item's ordered checklist. A tick records when and by whom: the ticker's
 * name as it was (so "who" survives their deletion) and a reference per kind of ticker, an
 * employee or an external user, each with its own foreign key; at most one of the two is set.
 */
@Entity({ name: 'item_checklist_entries' })
@Index('item_checklist_entries_item_idx', ['itemId', 'position'])
@Index('item_checklist_entries_ticked_by_idx', ['tickedByEmployeeId'])
@Index('item_checklist_entries_ticked_by_external_idx', ['tickedByExternalUserId'])
@Check('item_checklist_entries_one_ticker_check', '"ticked_by_employee_id" IS NULL OR "ticked_by_external_user_id" IS NULL')
@Check('item_checklist_entries_tick_check', '("ticked_at" IS NULL) = ("ticked_by_name" IS NULL)')
export class ChecklistEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_item_checklist_entries' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  /** 0-based place in the list. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'ticked_at', type: 'timestamptz', nullable: true })
  tickedAt: Date | null;

  @Column({ name: 'ticked_by_name', type: 'text', nullable: true })
  tickedByName: string | null;

  @Column({ name: 'ticked_by_employee_id', type: 'uuid', nullable: true })
  tickedByEmployeeId: string | null;

  @Column({ name: 'ticked_by_external_user_id', type: 'uuid', nullable: true })
  tickedByExternalUserId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_item_checklist_entries_account' })
  account?: AccountEntity;

  @ManyToOne(() => ItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_item_checklist_entries_item' })
  item?: ItemEntity;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ticked_by_employee_id', foreignKeyConstraintName: 'FK_item_checklist_entries_ticked_by' })
  tickedBy?: EmployeeEntity | null;

  @ManyToOne(() => ExternalUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ticked_by_external_user_id', foreignKeyConstraintName: 'FK_item_checklist_entries_ticked_by_external' })
  tickedByExternalUser?: ExternalUserEntity | null;
}
