import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts';
import { EmployeeEntity } from '../employees';
import { ItemEntity } from './item.entity';

/**
 * One line of an item's ordered checklist. A tick records when and by whom: the ticker's
 * name as it was (so "who" survives their deletion) and a reference per kind of ticker.
 * Employees are the only kind today; external users add `ticked_by_external_user_id` with
 * its own foreign key, and the check below then allows at most one of the two.
 */
@Entity({ name: 'item_checklist_entries' })
@Index('item_checklist_entries_item_idx', ['itemId', 'position'])
@Index('item_checklist_entries_ticked_by_idx', ['tickedByEmployeeId'])
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

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_item_checklist_entries_account' })
  account?: AccountEntity;

  @ManyToOne(() => ItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_item_checklist_entries_item' })
  item?: ItemEntity;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ticked_by_employee_id', foreignKeyConstraintName: 'FK_item_checklist_entries_ticked_by' })
  tickedBy?: EmployeeEntity | null;
}
