import type { ModuleKey } from '@gatehouse/access';
import {
  CHECKLIST_ENTRY_MAX_LENGTH,
  CHECKLIST_MAX_ENTRIES,
  ITEM_DESCRIPTION_MAX_LENGTH,
  ITEM_MAX_ASSIGNEES,
  ITEM_MAX_SHARED_GROUPS,
  ITEM_ORDER_FIELDS,
  ITEM_TITLE_MAX_LENGTH,
  SEARCH_MAX_LENGTH,
  type ItemOrderField,
  type ItemStatus,
} from '@gatehouse/contracts';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ModuleKeyEnum } from '../../platform/graphql/access-enums';
import { OrderDirection } from '../../platform/graphql/connection';
import { registerDescribedEnum } from '../../platform/graphql/enum-values';
import { UserError } from '../../platform/graphql/user-error.type';
import type { SubmittedItemFields } from './item-fields';
import { ItemStatusEnum, ItemType } from './item.types';

export const ItemOrderFieldEnum = registerDescribedEnum(ITEM_ORDER_FIELDS, 'ItemOrderField', 'What to sort items by.', {
  DUE: 'Due date; items without one last.',
  CREATED: 'When they were created.',
  TITLE: 'Title, case-insensitive.',
});

@InputType({ description: 'Narrows an item list; all given conditions must hold.' })
export class ItemFilter {
  @Field(() => String, { nullable: true, description: 'Part of the title or description, case-insensitive.' })
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;

  @Field(() => ItemStatusEnum, { nullable: true, description: 'Only open or only completed items.' })
  status?: ItemStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only items of this department.' })
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only items the viewer is assigned to.' })
  assignedToMe?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Only items due before this moment (items without a due date never match).' })
  dueBefore?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived items (left out by default).' })
  includeArchived?: boolean | null;
}

@InputType({ description: 'Sort order of an item list.' })
export class ItemOrder {
  @Field(() => ItemOrderFieldEnum, { description: 'The sort key.' })
  field: ItemOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction: OrderDirection;
}

/**
 * The fields an item's form submits, shared by Create and Update: each emits these fields
 * first, then its own. type-graphql inherits fields only from a registered input type; no
 * field or argument names this one, so the schema never shows it.
 */
@InputType('ItemFieldsInput')
abstract class ItemFieldsInput implements SubmittedItemFields {
  @Field({ description: `Short title, 1–${ITEM_TITLE_MAX_LENGTH} characters.` })
  @MaxLength(ITEM_TITLE_MAX_LENGTH * 4)
  title: string;

  @Field({ defaultValue: '', description: `Free text, up to ${ITEM_DESCRIPTION_MAX_LENGTH} characters.` })
  @MaxLength(ITEM_DESCRIPTION_MAX_LENGTH * 2)
  description: string;

  @Field(() => Date, { nullable: true, description: 'When it is due; null for none.' })
  dueAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Its department; null for none.' })
  departmentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Confidential level 1–10, one of the viewer’s edit levels; null for none.' })
  confidentialLevel?: number | null;

  @Field(() => ID, { nullable: true, description: 'The user group that owns it; null for none.' })
  ownerGroupId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: `User groups to share it with (at most ${ITEM_MAX_SHARED_GROUPS}).` })
  @ArrayMaxSize(ITEM_MAX_SHARED_GROUPS)
  sharedGroupIds: string[];

  @Field(() => [ID], { defaultValue: [], description: `Employees to assign (at most ${ITEM_MAX_ASSIGNEES}).` })
  @ArrayMaxSize(ITEM_MAX_ASSIGNEES)
  assignedEmployeeIds: string[];

  @Field(() => [ID], { defaultValue: [], description: `External users to assign (at most ${ITEM_MAX_ASSIGNEES}); each newly assigned one is emailed a link to the item in the portal.` })
  @ArrayMaxSize(ITEM_MAX_ASSIGNEES)
  assignedExternalUserIds: string[];
}

@InputType({ description: 'A new job or incident.' })
export class CreateItemInput extends ItemFieldsInput {
  @Field(() => ModuleKeyEnum, { description: 'The module to create it in.' })
  module: ModuleKey;

  @Field(() => [String], { defaultValue: [], description: `Its checklist, in order (at most ${CHECKLIST_MAX_ENTRIES} entries).` })
  @ArrayMaxSize(CHECKLIST_MAX_ENTRIES)
  checklist: string[];
}

@InputType({ description: 'The complete new state of an item’s fields (the form sends all of them).' })
export class UpdateItemInput extends ItemFieldsInput {
  @Field(() => ID, { description: 'The item.' })
  id: string;
}

@InputType({ description: 'Names one item.' })
export class ItemIdInput {
  @Field(() => ID, { description: 'The item.' })
  id: string;
}

@InputType({ description: 'Archive an item, or restore it.' })
export class ArchiveItemInput extends ItemIdInput {
  @Field({ defaultValue: true, description: 'True archives; false restores.' })
  isArchived: boolean;
}

@InputType({ description: 'One checklist entry as the form sends it.' })
export class ChecklistEntryInput {
  @Field(() => ID, { nullable: true, description: 'An existing entry of this item (keeps its tick); null for a new one.' })
  id?: string | null;

  @Field({ description: `What is to be done, 1–${CHECKLIST_ENTRY_MAX_LENGTH} characters.` })
  @MaxLength(CHECKLIST_ENTRY_MAX_LENGTH * 4)
  text: string;
}

@InputType({ description: 'The complete new checklist of an item, in order.' })
export class SetItemChecklistInput {
  @Field(() => ID, { description: 'The item.' })
  itemId: string;

  @Field(() => [ChecklistEntryInput], { description: `The entries, in order (at most ${CHECKLIST_MAX_ENTRIES}); entries left out are removed.` })
  @ArrayMaxSize(CHECKLIST_MAX_ENTRIES)
  entries: ChecklistEntryInput[];
}

@InputType({ description: 'Names one checklist entry.' })
export class ChecklistEntryIdInput {
  @Field(() => ID, { description: 'The entry.' })
  entryId: string;
}

@ObjectType({ description: 'Result of a change to one item.' })
export class ItemPayload {
  @Field(() => ItemType, { nullable: true, description: 'The item as saved; null when nothing was written.' })
  item?: ItemType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of deleting an item.' })
export class DeleteItemPayload {
  @Field(() => ID, { nullable: true, description: 'The deleted item; null when nothing was deleted.' })
  deletedId?: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors: UserError[];
}
