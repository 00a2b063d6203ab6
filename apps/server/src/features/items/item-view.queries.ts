import type { ModuleKey, Principal } from '@gatehouse/access';
import type { ItemOrderField, ItemStatus } from '@gatehouse/contracts';
import type { Reader } from '../../platform/db/reader';
import { likePattern, SqlParams } from '../../platform/db/sql-params';
import { isUuid } from '../../platform/db/uuid';
import type { KeysetCursor } from '../../platform/graphql/connection';
import { visibleInAnyModule, visibleInModule, type ItemFactsRow } from './item-visibility';

export interface RefJson {
  id: string;
  name: string;
}
export interface PersonJson {
  id: string;
  firstName: string;
  surname: string;
}
export interface ChecklistJson {
  id: string;
  position: number;
  text: string;
  tickedAt: string | null;
  tickedByName: string | null;
  tickedByEmployeeId: string | null;
  /** True when an external user ticked it (the reference may since have been cleared by their deletion). */
  tickedByExternal: boolean;
}
export interface ExternalPersonJson {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

/** An item with everything the API shows of it, in the shape of the response. */
export interface ItemViewRow extends ItemFactsRow {
  id: string;
  title: string;
  description: string;
  completed_at: Date | null;
  is_archived: boolean;
  archived_at: Date | null;
  due_at: Date | null;
  created_at: Date;
  updated_at: Date;
  department_name: string | null;
  owner_group: RefJson | null;
  shared_groups: RefJson[];
  assignees: PersonJson[];
  external_assignees: ExternalPersonJson[];
  checklist: ChecklistJson[];
}

export interface ItemPageRow extends ItemViewRow {
  /** Text, so timestamps keep their microseconds in the cursor. */
  sort_key: string;
}

/**
 * Sort keys are never NULL so keyset comparisons stay total. Each is, character for character,
 * the key of an index (account_id, module, is_archived, key, id) (migration Items): a page is
 * a range read of that index. Items without a due date sort after every dated one.
 */
export const ITEM_SORT_KEYS: Readonly<Record<ItemOrderField, { expr: string; cast: 'text' | 'timestamptz' }>> = {
  DUE: { expr: "coalesce(i.due_at, 'infinity'::timestamptz)", cast: 'timestamptz' },
  CREATED: { expr: 'i.created_at', cast: 'timestamptz' },
  TITLE: { expr: 'lower(i.title)', cast: 'text' },
};

/** What a search matches: the expression of the trigram index items_search_idx. */
const SEARCH_TEXT = "(i.title || E'\\n' || i.description)";

const ITEM_COLUMNS = `i.id, i.module, i.title, i.description, i.status, i.completed_at, i.is_archived, i.archived_at, i.due_at,
  i.department_id, i.confidential_level, i.owner_group_id, i.created_at, i.updated_at`;

/** The relations of item `i`, aggregated in the database for the page's rows only. */
const RELATIONS = `
  d.name AS department_name,
  (SELECT json_build_object('id', g.id, 'name', g.name) FROM user_groups g WHERE g.id = i.owner_group_id) AS owner_group,
  COALESCE((SELECT json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name_key)
              FROM item_shared_groups s JOIN user_groups g ON g.id = s.group_id WHERE s.item_id = i.id), '[]') AS shared_groups,
  ARRAY(SELECT s.group_id FROM item_shared_groups s WHERE s.item_id = i.id) AS shared_group_ids,
  COALESCE((SELECT json_agg(json_build_object('id', e.id, 'firstName', e.first_name, 'surname', e.surname)
                            ORDER BY lower(e.surname || ' ' || e.first_name), e.id)
              FROM item_employee_assignments a JOIN employees e ON e.id = a.employee_id WHERE a.item_id = i.id), '[]') AS assignees,
  ARRAY(SELECT a.employee_id FROM item_employee_assignments a WHERE a.item_id = i.id) AS assigned_employee_ids,
  COALESCE((SELECT json_agg(json_build_object('id', x.id, 'firstName', x.first_name, 'lastName', x.last_name, 'email', x.email)
                            ORDER BY lower(x.last_name || ' ' || x.first_name), x.id)
              FROM item_external_assignments xa JOIN external_users x ON x.id = xa.external_user_id WHERE xa.item_id = i.id), '[]') AS external_assignees,
  ARRAY(SELECT xa.external_user_id FROM item_external_assignments xa WHERE xa.item_id = i.id) AS assigned_external_user_ids,
  COALESCE((SELECT json_agg(json_build_object('id', c.id, 'position', c.position, 'text', c.text, 'tickedAt', c.ticked_at,
                            'tickedByName', c.ticked_by_name, 'tickedByEmployeeId', c.ticked_by_employee_id,
                            'tickedByExternal', c.ticked_at IS NOT NULL AND c.ticked_by_employee_id IS NULL AND c.ticked_by_external_user_id IS NOT NULL) ORDER BY c.position, c.id)
              FROM item_checklist_entries c WHERE c.item_id = i.id), '[]') AS checklist`;

export interface ItemFilterValues {
  readonly search?: string | null;
  readonly status?: ItemStatus | null;
  readonly departmentId?: string | null;
  readonly assignedToMe?: boolean | null;
  readonly dueBefore?: Date | null;
  readonly includeArchived?: boolean | null;
}

/** The list's own conditions (not visibility, not archive state) on item `i`. */
function filterSql(who: Principal, filter: ItemFilterValues, p: SqlParams): string[] {
  const where: string[] = [];
  const search = filter.search?.trim();
  if (search) where.push(`${SEARCH_TEXT} ILIKE ${p.add(likePattern(search))}`);
  if (filter.status) where.push(`i.status = ${p.add(filter.status)}`);
  if (filter.departmentId) where.push(isUuid(filter.departmentId) ? `i.department_id = ${p.add(filter.departmentId)}` : 'FALSE');
  if (filter.assignedToMe) {
    const me = who.kind === 'employee' ? who.employeeId : null;
    where.push(me === null ? 'FALSE' : `EXISTS (SELECT 1 FROM item_employee_assignments me WHERE me.item_id = i.id AND me.employee_id = ${p.add(me)})`);
  }
  // Written on the DUE order's key (no due date sorts as infinity, which is never before), so in
  // that order the condition bounds the range of the index instead of filtering a walk.
  if (filter.dueBefore) where.push(`${ITEM_SORT_KEYS.DUE.expr} < ${p.add(filter.dueBefore)}`);
  return where;
}

/**
 * One page of the items of `module` that `who` may see (limit + 1 rows), keyset-paginated,
 * with their relations. Visibility is the access package's SQL condition, applied while the
 * order's index is walked, so the database returns only what the viewer may see. Archived
 * and not archived items are separate ranges of each order's index; with archived items
 * included, both ranges are read to the page size and merged.
 */
export function listItemViews(
  db: Reader,
  who: Principal,
  module: ModuleKey,
  args: { filter: ItemFilterValues; field: ItemOrderField; descending: boolean; after: KeysetCursor | null; limit: number },
): Promise<ItemPageRow[]> {
  const p = new SqlParams();
  const key = ITEM_SORT_KEYS[args.field];
  const dir = args.descending ? 'DESC' : 'ASC';
  const where = [`i.account_id = ${p.add(who.accountId)}`, `i.module = ${p.add(module)}`, visibleInModule(who, module, 'see', p), ...filterSql(who, args.filter, p)];
  if (args.after) {
    const op = args.descending ? '<' : '>';
    where.push(`(${key.expr}, i.id) ${op} (${p.add(args.after.value)}::${key.cast}, ${p.add(args.after.id)}::uuid)`);
  }
  const limit = p.add(args.limit + 1);
  // A search of three characters or more is found through the trigram index and its matches
  // sorted (as in the employee list); walking the order's index would read every item sorted
  // before the first match. Shorter ones have no trigrams: the order's index is walked.
  const matchesFirst = (args.filter.search?.trim().length ?? 0) >= 3;
  const source = matchesFirst ? 'matches' : 'items';
  const states = args.filter.includeArchived ? [false, true] : [false];
  const slices = states.map(
    (archived) => `(SELECT i.id, (${key.expr})::text AS sort_key, ${key.expr} AS sort_value FROM ${source} i
        WHERE i.is_archived = ${archived ? 'TRUE' : 'FALSE'} AND ${where.join(' AND ')}
        ORDER BY ${key.expr} ${dir}, i.id ${dir} LIMIT ${limit})`,
  );
  return db.query(
    `WITH ${matchesFirst ? `matches AS MATERIALIZED (SELECT * FROM items i WHERE ${where[0]} AND ${SEARCH_TEXT} ILIKE ${p.add(likePattern(args.filter.search?.trim() ?? ''))}),` : ''}
     page AS (${slices.length === 1 ? slices[0] : `SELECT * FROM (${slices.join(' UNION ALL ')}) s ORDER BY s.sort_value ${dir}, s.id ${dir} LIMIT ${limit}`})
     SELECT ${ITEM_COLUMNS}, p.sort_key, ${RELATIONS}
       FROM page p JOIN items i ON i.id = p.id LEFT JOIN departments d ON d.id = i.department_id
      ORDER BY p.sort_value ${dir}, p.id ${dir}`,
    p.values,
  );
}

/** How many items of `module` the viewer may see match the filter. */
export async function countItems(db: Reader, who: Principal, module: ModuleKey, filter: ItemFilterValues): Promise<number> {
  const p = new SqlParams();
  const where = [`i.account_id = ${p.add(who.accountId)}`, `i.module = ${p.add(module)}`, visibleInModule(who, module, 'see', p), ...filterSql(who, filter, p)];
  if (!filter.includeArchived) where.push('i.is_archived = FALSE');
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM items i WHERE ${where.join(' AND ')}`, p.values);
  return rows[0]?.n ?? 0;
}

/** One item the viewer may see, with its relations; missing, another account's or not visible reads as absent. */
export async function visibleItemView(db: Reader, who: Principal, id: string): Promise<ItemViewRow | null> {
  if (!isUuid(id)) return null;
  const p = new SqlParams();
  const rows: ItemViewRow[] = await db.query(
    `SELECT ${ITEM_COLUMNS}, ${RELATIONS}
       FROM items i LEFT JOIN departments d ON d.id = i.department_id
      WHERE i.account_id = ${p.add(who.accountId)} AND i.id = ${p.add(id)} AND ${visibleInAnyModule(who, 'see', p)}`,
    p.values,
  );
  return rows[0] ?? null;
}
