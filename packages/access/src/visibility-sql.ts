import type { ModuleKey } from './modules';
import { principalPermission, type Principal } from './principal';

/*
 * The rule of visibility.ts as a SQL condition, so lists are filtered in the
 * database, never after loading. Keep the two in step: the tests
 * compare them over generated principals and items in PostgreSQL.
 */

/**
 * Where the item's facts live. Names are SQL identifiers written verbatim
 * (quote camelCase ones yourself: '"departmentId"'); they come from code, never from input.
 */
export interface ItemSqlShape {
  /** Alias of the item table in the surrounding query; a plain identifier. */
  alias: string;
  confidentialLevel: string;
  departmentId: string;
  ownerGroupId: string;
  id: string;
  sharedGroups: { table: string; itemId: string; groupId: string };
  assignedEmployees: { table: string; itemId: string; employeeId: string };
  assignedExternalUsers: { table: string; itemId: string; externalUserId: string };
}

/** A SQL condition with $n placeholders and their values, in order. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const PLAIN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const IDENTIFIER = /^(?:[A-Za-z_][A-Za-z0-9_]*|"[^"]+")$/;
const TABLE = /^(?:(?:[A-Za-z_][A-Za-z0-9_]*|"[^"]+")\.)?(?:[A-Za-z_][A-Za-z0-9_]*|"[^"]+")$/;

// The names are spliced into SQL, so refuse anything that is not an identifier.
function checkShape(shape: ItemSqlShape): void {
  const columns = [
    shape.confidentialLevel,
    shape.departmentId,
    shape.ownerGroupId,
    shape.id,
    shape.sharedGroups.itemId,
    shape.sharedGroups.groupId,
    shape.assignedEmployees.itemId,
    shape.assignedEmployees.employeeId,
    shape.assignedExternalUsers.itemId,
    shape.assignedExternalUsers.externalUserId,
  ];
  const tables = [shape.sharedGroups.table, shape.assignedEmployees.table, shape.assignedExternalUsers.table];
  const bad = [
    ...(PLAIN.test(shape.alias) ? [] : [shape.alias]),
    ...columns.filter((c) => !IDENTIFIER.test(c)),
    ...tables.filter((t) => !TABLE.test(t)),
  ];
  if (bad.length > 0) throw new Error(`itemVisibilitySql: not SQL identifiers: ${bad.join(', ')}`);
}

/**
 * A boolean SQL condition on `shape.alias` true exactly for the items of
 * `module` that `who` may see (mode 'see') or edit (mode 'edit'); 'FALSE' when none.
 */
export function itemVisibilitySql(
  who: Principal,
  module: ModuleKey,
  shape: ItemSqlShape,
  firstParam: number,
  mode: 'see' | 'edit',
): SqlFragment {
  checkShape(shape);
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  const a = shape.alias;
  const exists = (link: { table: string; itemId: string }, where: string): string =>
    `EXISTS (SELECT 1 FROM ${link.table} ${a}_link WHERE ${a}_link.${link.itemId} = ${a}.${shape.id} AND ${where})`;

  if (who.kind === 'external') {
    if (mode === 'edit') return { sql: 'FALSE', params: [] };
    const link = shape.assignedExternalUsers;
    return { sql: exists(link, `${a}_link.${link.externalUserId} = ${param(who.externalUserId)}`), params };
  }

  const p = principalPermission(who, module);
  const scope = mode === 'see' ? p.seeScope : p.editScope;
  const levels = mode === 'see' ? p.seeLevels : p.editLevels;
  if (!p.canAccess || scope === 'NONE') return { sql: 'FALSE', params: [] };

  const level = `${a}.${shape.confidentialLevel}`;
  const conditions = [levels.length === 0 ? `${level} IS NULL` : `(${level} IS NULL OR ${level} = ANY(${param([...levels])}))`];

  if (scope === 'DEPARTMENT' && who.kind === 'apiToken') {
    // A token has no department, groups or assignments: nothing is related to it.
    conditions.push('FALSE');
  } else if (scope === 'DEPARTMENT' && who.kind === 'employee') {
    const related: string[] = [];
    if (who.departmentId !== null) related.push(`${a}.${shape.departmentId} = ${param(who.departmentId)}`);
    const assigned = shape.assignedEmployees;
    related.push(exists(assigned, `${a}_link.${assigned.employeeId} = ${param(who.employeeId)}`));
    if (who.groupIds.length > 0) {
      const groups = param([...who.groupIds]);
      related.push(`${a}.${shape.ownerGroupId} = ANY(${groups})`);
      related.push(exists(shape.sharedGroups, `${a}_link.${shape.sharedGroups.groupId} = ANY(${groups})`));
    }
    conditions.push(`(${related.join(' OR ')})`);
  }
  return { sql: `(${conditions.join(' AND ')})`, params };
}
