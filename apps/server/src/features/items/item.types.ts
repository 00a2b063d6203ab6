import { canEditItem, principalPermission, type ModuleKey, type Principal } from '@gatehouse/access';
import { ITEM_STATUSES, type ItemStatus } from '@gatehouse/contracts';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ModuleKeyEnum } from '../../platform/graphql/access-enums';
import { connectionOf } from '../../platform/graphql/connection';
import { registerDescribedEnum } from '../../platform/graphql/enum-values';
import type { ItemViewRow } from './item-view.queries';
import { factsOf } from './item-visibility';

export const ItemStatusEnum = registerDescribedEnum(ITEM_STATUSES, 'ItemStatus', 'Where a job or incident is in its life.', {
  OPEN: 'Still to do.',
  COMPLETED: 'Done; reopening makes it open again.',
});

@ObjectType('ItemRef', { description: 'A department or user group as an item shows it: its id and name.', simpleResolvers: true })
export class ItemRefType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Its name now.' })
  name: string;
}

@ObjectType('ItemEmployee', { description: 'An employee as an item shows them: enough to recognise, nothing of their permissions.', simpleResolvers: true })
export class ItemEmployeeType {
  @Field(() => ID, { description: 'The employee.' })
  id: string;

  @Field({ description: 'Given name.' })
  firstName: string;

  @Field({ description: 'Family name.' })
  surname: string;
}

@ObjectType('ItemExternalUser', { description: 'An external user as an item shows them (assigned, or to pick from).', simpleResolvers: true })
export class ItemExternalUserType {
  @Field(() => ID, { description: 'The external user.' })
  id: string;

  @Field({ description: 'Given name.' })
  firstName: string;

  @Field({ description: 'Family name.' })
  lastName: string;

  @Field({ description: 'Their email address, where the portal link is sent.' })
  email: string;
}

@ObjectType('ChecklistTick', { description: 'Who ticked a checklist entry and when.', simpleResolvers: true })
export class ChecklistTickType {
  @Field({ description: 'When it was ticked.' })
  at: Date;

  @Field({ description: 'The name of the person who ticked it, as it was then (kept when they are deleted).' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'The employee who ticked it; null when an external user ticked it or the employee has been deleted.' })
  employeeId: string | null;

  @Field({ description: 'True when an external user ticked it in the portal (their name is `name`).' })
  byExternalUser: boolean;
}

@ObjectType('ChecklistEntry', { description: 'One line of an item’s ordered checklist.', simpleResolvers: true })
export class ChecklistEntryType {
  @Field(() => ID, { description: 'Stable id; pass it back in setItemChecklist to keep the entry and its tick.' })
  id: string;

  @Field(() => Int, { description: 'Place in the list, from 0.' })
  position: number;

  @Field({ description: 'What is to be done.' })
  text: string;

  @Field(() => ChecklistTickType, { nullable: true, description: 'Who ticked it and when; null while unticked.' })
  tick: ChecklistTickType | null;
}

@ObjectType('Item', { description: 'A job or an incident: an item of a module, seen through the viewer’s module permissions.', simpleResolvers: true })
export class ItemType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ModuleKeyEnum, { description: 'The module it belongs to.' })
  module: ModuleKey;

  @Field({ description: 'Short title.' })
  title: string;

  @Field({ description: 'Free text; may be empty.' })
  description: string;

  @Field(() => ItemStatusEnum, { description: 'Open or completed.' })
  status: ItemStatus;

  @Field(() => Date, { nullable: true, description: 'When it was last completed; null while open.' })
  completedAt: Date | null;

  @Field({ description: 'Archived items are hidden from lists unless asked for and cannot be changed until restored.' })
  isArchived: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was archived.' })
  archivedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is due; null when it has no due date.' })
  dueAt: Date | null;

  @Field(() => ItemRefType, { nullable: true, description: 'Its department.' })
  department: ItemRefType | null;

  @Field(() => Int, { nullable: true, description: 'Confidential level 1–10; null when not confidential.' })
  confidentialLevel: number | null;

  @Field(() => ItemRefType, { nullable: true, description: 'The user group that owns it.' })
  ownerGroup: ItemRefType | null;

  @Field(() => [ItemRefType], { description: 'User groups it is shared with, by name.' })
  sharedGroups: ItemRefType[];

  @Field(() => [ItemEmployeeType], { description: 'Employees assigned to it, by surname.' })
  assignedEmployees: ItemEmployeeType[];

  @Field(() => [ItemExternalUserType], { description: 'External users assigned to it (each was emailed a portal link), by last name.' })
  assignedExternalUsers: ItemExternalUserType[];

  @Field(() => [ChecklistEntryType], { description: 'The checklist, in order.' })
  checklist: ChecklistEntryType[];

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  @Field({ description: 'True when the viewer may edit it, complete or reopen it and tick its checklist.' })
  viewerCanEdit: boolean;

  @Field({ description: 'True when the viewer may archive and delete it (a module admin).' })
  viewerCanAdminister: boolean;
}

export const ItemConnection = connectionOf(ItemType, 'Item', 'item');

/** Whitelists what the API shows of an item, with what `who` may do to it. */
export function presentItem(row: ItemViewRow, who: Principal): ItemType {
  return {
    id: row.id,
    module: row.module,
    title: row.title,
    description: row.description,
    status: row.status,
    completedAt: row.completed_at,
    isArchived: row.is_archived,
    archivedAt: row.archived_at,
    dueAt: row.due_at,
    department: row.department_id && row.department_name !== null ? { id: row.department_id, name: row.department_name } : null,
    confidentialLevel: row.confidential_level,
    ownerGroup: row.owner_group,
    sharedGroups: row.shared_groups,
    assignedEmployees: row.assignees,
    assignedExternalUsers: row.external_assignees,
    checklist: row.checklist.map((c) => ({
      id: c.id,
      position: c.position,
      text: c.text,
      tick: c.tickedAt !== null && c.tickedByName !== null ? { at: new Date(c.tickedAt), name: c.tickedByName, employeeId: c.tickedByEmployeeId, byExternalUser: c.tickedByExternal } : null,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    viewerCanEdit: canEditItem(who, factsOf(row)),
    viewerCanAdminister: principalPermission(who, row.module).isModuleAdmin,
  };
}

@ObjectType('ItemChoices', { description: 'What the item form offers: departments, user groups and employees to pick from.', simpleResolvers: true })
export class ItemChoicesType {
  @Field(() => [ItemRefType], { description: 'Every department of the account, by name.' })
  departments: ItemRefType[];

  @Field(() => [ItemRefType], { description: 'Every user group of the account, by name.' })
  userGroups: ItemRefType[];

  @Field(() => [ItemEmployeeType], { description: 'Active employees matching the search (at most 50), by surname.' })
  employees: ItemEmployeeType[];

  @Field(() => [ItemExternalUserType], { description: 'External users matching externalUserSearch (at most 50), by last name.' })
  externalUsers: ItemExternalUserType[];
}
