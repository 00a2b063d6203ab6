import { ChecklistEntryEntity } from './checklist-entry.entity';
import { ItemEmployeeAssignmentEntity, ItemExternalAssignmentEntity, ItemSharedGroupEntity } from './item-links.entity';
import { ItemEntity } from './item.entity';

export { ItemResolver } from './item.resolver';
export { ExternalUserItemsResolver } from './external-user-items.resolver';
export { createItemLoaders, type ItemLoaders } from './item.loaders';
export { removeEmployeesFromItems, removeExternalUsersFromItems } from './item.commands';
export { moveExternalAssignmentsToEmployee } from './external-assignments';
export { ITEM_SQL_SHAPE } from './item-visibility';

/** The tables this feature owns, for the data source. */
export const ITEM_ENTITIES = [ItemEntity, ItemSharedGroupEntity, ItemEmployeeAssignmentEntity, ItemExternalAssignmentEntity, ChecklistEntryEntity];
export { externalItemSummaries, externalItemView, setEntryTickedByExternalUser, type ExternalItemSummaryRow } from './external-items';
export type { ItemViewRow } from './item-view.queries';
