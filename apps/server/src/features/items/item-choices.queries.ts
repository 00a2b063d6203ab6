import type { Reader } from '../../platform/db/reader';
import { likePattern } from '../../platform/db/sql-params';
import type { ItemChoicesType } from './item.types';

/** Employees (and external users) the form lists at most; the rest are found by searching. */
const EMPLOYEE_CHOICES = 50;
/** Departments and groups are few per account; this only bounds a pathological one. */
const DIRECTORY_CHOICES = 1000;

/**
 * Departments, groups and (searched) active employees of the account, by name: what people
 * who may create items, but not manage settings, need to fill the form.
 */
export async function itemChoices(db: Reader, accountId: string, employeeSearch: string | null, externalUserSearch: string | null = null): Promise<ItemChoicesType> {
  const search = employeeSearch?.trim() ?? '';
  const externalSearch = externalUserSearch?.trim() ?? '';
  const rows: {
    departments: ItemChoicesType['departments'];
    user_groups: ItemChoicesType['userGroups'];
    employees: ItemChoicesType['employees'];
    external_users: ItemChoicesType['externalUsers'];
  }[] = await db.query(
    `SELECT
       COALESCE((SELECT json_agg(json_build_object('id', d.id, 'name', d.name) ORDER BY d.name_key)
                   FROM (SELECT id, name, name_key FROM departments WHERE account_id = $1 ORDER BY name_key LIMIT $4) d), '[]') AS departments,
       COALESCE((SELECT json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name_key)
                   FROM (SELECT id, name, name_key FROM user_groups WHERE account_id = $1 ORDER BY name_key LIMIT $4) g), '[]') AS user_groups,
       COALESCE((SELECT json_agg(json_build_object('id', e.id, 'firstName', e.first_name, 'surname', e.surname) ORDER BY e.k, e.id)
                   FROM (SELECT id, first_name, surname, lower(surname || ' ' || first_name) AS k FROM employees e
                          WHERE account_id = $1 AND is_active
                            AND ($2 = '' OR e.search_text LIKE lower($3))
                          ORDER BY lower(surname || ' ' || first_name), id LIMIT $5) e), '[]') AS employees,
       COALESCE((SELECT json_agg(json_build_object('id', x.id, 'firstName', x.first_name, 'lastName', x.last_name, 'email', x.email) ORDER BY x.k, x.id)
                   FROM (SELECT id, first_name, last_name, email, lower(last_name || ' ' || first_name) AS k FROM external_users x
                          WHERE account_id = $1
                            AND ($6 = '' OR (x.first_name || ' ' || x.last_name || ' ' || x.first_name || E'\\n' || x.email) ILIKE $7)
                          ORDER BY lower(last_name || ' ' || first_name), id LIMIT $5) x), '[]') AS external_users`,
    [accountId, search, likePattern(search), DIRECTORY_CHOICES, EMPLOYEE_CHOICES, externalSearch, likePattern(externalSearch)],
  );
  const row = rows[0];
  return { departments: row?.departments ?? [], userGroups: row?.user_groups ?? [], employees: row?.employees ?? [], externalUsers: row?.external_users ?? [] };
}
