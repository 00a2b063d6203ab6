import { ChecklistEntryEntity } from './checklist-entry.entity';
import { ItemEmployeeAssignmentEntity, ItemExternalAssignmentEntity, ItemSharedGroupEntity } from './item-links.entity';
import { ItemEntity } from './item.entity';

export { ItemResolver } from './item.resolver';
export { removeEmployeesFromItems } from './item.commands';
export { ITEM_SQL_SHAPE } from './item-visibility';

/** The tables this feature owns, for the data source. */
export const ITEM_ENTITIES = [ItemEntity, ItemSharedGroupEntity, ItemEmployeeAssignmentEntity, ItemExternalAssignmentEntity, ChecklistEntryEntity];
