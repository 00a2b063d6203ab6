import { canEditItem, isConfidentialLevel, principalPermission, type AccountPrincipal, type ItemFacts, type ModuleKey } from '@gatehouse/access';
import { checkItemDescription, checkItemTitle, ITEM_DESCRIPTION_MAX_LENGTH, ITEM_TITLE_MAX_LENGTH, problemMessage } from '@gatehouse/contracts';
import type { Reader } from '../../platform/db/reader';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { existingIds, type ItemValues } from './item.queries';
import { toConfidentialLevel } from './item-visibility';

/** The fields a create or an update submits, as the input types carry them. */
export interface SubmittedItemFields {
  title: string;
  description: string;
  dueAt?: Date | null;
  departmentId?: string | null;
  confidentialLevel?: number | null;
  ownerGroupId?: string | null;
  sharedGroupIds: string[];
  assignedEmployeeIds: string[];
  assignedExternalUserIds: string[];
}

export interface CheckedItemFields {
  values: ItemValues;
  sharedGroupIds: string[];
  assignedEmployeeIds: string[];
  assignedExternalUserIds: string[];
}

/**
 * Validates submitted fields, every error at once: texts, the level, and that every id is the
 * account's (another account's id reads as missing). Then the item as it would be must be one
 * `who` may edit at that level: nobody creates or leaves an item out of their own reach.
 */
export async function checkItemFields(db: Reader, who: AccountPrincipal, module: ModuleKey, input: SubmittedItemFields, status: ItemFacts['status']): Promise<CheckedItemFields> {
  const errors: DomainError[] = [];
  const title = checkItemTitle(input.title);
  if (title.problem) errors.push(new DomainError('INVALID_INPUT', 'title', problemMessage(title.problem, ITEM_TITLE_MAX_LENGTH)));
  const description = checkItemDescription(input.description);
  if (description.problem) errors.push(new DomainError('INVALID_INPUT', 'description', problemMessage(description.problem, ITEM_DESCRIPTION_MAX_LENGTH)));
  const level = input.confidentialLevel ?? null;
  if (level !== null && !isConfidentialLevel(level)) errors.push(new DomainError('INVALID_INPUT', 'confidentialLevel', 'Confidential levels are whole numbers 1–10.'));
  if (input.dueAt && Number.isNaN(input.dueAt.getTime())) errors.push(new DomainError('INVALID_INPUT', 'dueAt', 'Not a valid date.'));

  const departmentId = input.departmentId ?? null;
  const ownerGroupId = input.ownerGroupId ?? null;
  const sharedGroupIds = [...new Set(input.sharedGroupIds)];
  const assignedEmployeeIds = [...new Set(input.assignedEmployeeIds)];
  const departments = await existingIds(db, who.accountId, 'departments', departmentId ? [departmentId] : []);
  const groups = await existingIds(db, who.accountId, 'user_groups', [...sharedGroupIds, ...(ownerGroupId ? [ownerGroupId] : [])]);
  const employees = await existingIds(db, who.accountId, 'employees', assignedEmployeeIds);
  const assignedExternalUserIds = [...new Set(input.assignedExternalUserIds)];
  const externalUsers = await existingIds(db, who.accountId, 'external_users', assignedExternalUserIds);
  if (departmentId && !departments.has(departmentId)) errors.push(new DomainError('NOT_FOUND', 'departmentId', 'This department does not exist.'));
  if (ownerGroupId && !groups.has(ownerGroupId)) errors.push(new DomainError('NOT_FOUND', 'ownerGroupId', 'This group does not exist.'));
  if (sharedGroupIds.some((id) => !groups.has(id))) errors.push(new DomainError('NOT_FOUND', 'sharedGroupIds', 'Some of these groups do not exist.'));
  if (assignedEmployeeIds.some((id) => !employees.has(id))) errors.push(new DomainError('NOT_FOUND', 'assignedEmployeeIds', 'Some of these employees do not exist.'));
  if (assignedExternalUserIds.some((id) => !externalUsers.has(id))) errors.push(new DomainError('NOT_FOUND', 'assignedExternalUserIds', 'Some of these external users do not exist.'));
  throwIfAny(errors);

  const facts: ItemFacts = {
    module,
    status,
    confidentialLevel: toConfidentialLevel(level),
    departmentId,
    ownerGroupId,
    sharedGroupIds,
    assignedEmployeeIds,
    assignedExternalUserIds,
  };
  const permission = principalPermission(who, module);
  if (facts.confidentialLevel !== null && !permission.editLevels.includes(facts.confidentialLevel)) {
    throw new DomainError('LEVEL_NOT_HELD', 'confidentialLevel', `You do not hold confidential level ${facts.confidentialLevel} for editing.`);
  }
  if (!canEditItem(who, facts)) {
    throw new DomainError('PERMISSION_NOT_HELD', 'departmentId', 'You could not edit this item afterwards: give it your department, one of your groups, or assign yourself.');
  }
  return {
    values: { title: title.value, description: description.value, dueAt: input.dueAt ?? null, departmentId, confidentialLevel: level, ownerGroupId },
    sharedGroupIds,
    assignedEmployeeIds,
    assignedExternalUserIds,
  };
}
