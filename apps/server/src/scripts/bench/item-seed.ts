import type { Reader } from '../../platform/db/reader';

/** The viewer the item benchmark and plan test read as, and the account they read. */
export interface SeededItems {
  readonly accountId: string;
  /** A GENERAL employee with department scope in JOBS, two groups and see levels 1–3. */
  readonly viewer: { readonly employeeId: string; readonly identityId: string; readonly departmentId: string; readonly groupIds: readonly string[] };
  readonly departmentIds: readonly string[];
}

const DEPARTMENTS = 20;
const GROUPS = 30;

/**
 * Jobs (and a tenth as many incidents) in one account, set-based so 100,000 take seconds:
 * 20 departments (a tenth of items without one), 30 groups (30 % of items owned by one, 20 %
 * shared with one and 5 % with two), confidential levels on 30 %, a four-step checklist on a third, 0–3 assigned employees out
 * of `employees`, 30 % archived, 40 % completed, due dates spread over a year (a tenth without).
 * The hashes spread each property independently of the others, as in life.
 */
export async function seedItems(db: Reader, accountId: string, opts: { items: number; employees: number }): Promise<SeededItems> {
  const departmentIds = (
    await db.query<{ id: string }>(
      `INSERT INTO departments (account_id, name, name_key) SELECT $1, 'Area ' || i, 'area ' || i FROM generate_series(1, ${DEPARTMENTS}) i RETURNING id`,
      [accountId],
    )
  ).map((r) => r.id);
  const groupIds = (
    await db.query<{ id: string }>(`INSERT INTO user_groups (account_id, name, name_key) SELECT $1, 'Crew ' || i, 'crew ' || i FROM generate_series(1, ${GROUPS}) i RETURNING id`, [accountId])
  ).map((r) => r.id);
  const prefix = accountId.slice(0, 8);
  await db.query(`INSERT INTO identities (email) SELECT 'staff' || i || '.${prefix}@example.com' FROM generate_series(1, $1::int) i`, [opts.employees]);
  await db.query(
    `INSERT INTO employees (account_id, identity_id, email, first_name, surname, department_id, role)
     SELECT $1, idn.id, idn.email, 'Staff', 'Member ' || i, ($2::uuid[])[1 + i % ${DEPARTMENTS}], 'GENERAL'
       FROM generate_series(1, $3::int) i JOIN identities idn ON idn.email = 'staff' || i || '.${prefix}@example.com'`,
    [accountId, departmentIds, opts.employees],
  );
  const employees = (await db.query<{ id: string }>('SELECT id FROM employees WHERE account_id = $1 ORDER BY email', [accountId])).map((r) => r.id);
  const h = (salt: number) => `(abs(hashtext(i::text || '-${salt}')) % 1000)`;
  await db.query(
    `INSERT INTO items (account_id, module, title, description, status, completed_at, is_archived, archived_at, due_at, department_id, confidential_level, owner_group_id, created_at)
     SELECT $1, (CASE WHEN i % 11 = 0 THEN 'INCIDENTS' ELSE 'JOBS' END)::module_key,
            (ARRAY['Check', 'Repair', 'Inspect', 'Clean', 'Replace', 'Test'])[1 + ${h(1)} % 6] || ' ' ||
            (ARRAY['gate', 'turnstile', 'floodlight', 'kiosk', 'barrier', 'CCTV camera', 'fire door', 'PA speaker'])[1 + ${h(2)} % 8] || ' ' || (1 + i % 400),
            'Seeded item ' || i,
            (CASE WHEN ${h(3)} < 400 THEN 'COMPLETED' ELSE 'OPEN' END)::item_status,
            CASE WHEN ${h(3)} < 400 THEN now() END,
            ${h(4)} < 300, CASE WHEN ${h(4)} < 300 THEN now() END,
            CASE WHEN ${h(5)} < 100 THEN NULL ELSE now() + make_interval(hours => ${h(6)} * 9 - 4500) END,
            CASE WHEN ${h(7)} < 100 THEN NULL ELSE ($2::uuid[])[1 + ${h(8)} % ${DEPARTMENTS}] END,
            CASE WHEN ${h(9)} < 700 THEN NULL ELSE 1 + ${h(10)} % 10 END,
            CASE WHEN ${h(11)} < 300 THEN ($3::uuid[])[1 + ${h(12)} % ${GROUPS}] END,
            now() - make_interval(mins => i)
       FROM generate_series(1, $4::int) i`,
    [accountId, departmentIds, groupIds, opts.items + Math.floor(opts.items / 10)],
  );
  await db.query(
    `INSERT INTO item_shared_groups (item_id, group_id, account_id)
     SELECT DISTINCT it.id, ($2::uuid[])[1 + (abs(hashtext(it.id::text || s::text)) % ${GROUPS})], $1::uuid
       FROM items it CROSS JOIN generate_series(1, 2) s
      WHERE it.account_id = $1 AND (abs(hashtext(it.id::text)) % 100 < 25) AND (s = 1 OR abs(hashtext(it.id::text)) % 100 < 5)`,
    [accountId, groupIds],
  );
  await db.query(
    `INSERT INTO item_employee_assignments (item_id, employee_id, account_id)
     SELECT DISTINCT it.id, ($2::uuid[])[1 + (abs(hashtext(it.id::text || 'a' || s::text)) % $3::int)], $1::uuid
       FROM items it CROSS JOIN generate_series(1, 3) s
      WHERE it.account_id = $1 AND abs(hashtext(it.id::text || 'n')) % 4 >= s`,
    [accountId, employees, employees.length],
  );
  await db.query(
    `INSERT INTO item_checklist_entries (account_id, item_id, position, text)
     SELECT $1::uuid, it.id, s - 1, (ARRAY['Isolate power', 'Swap the part', 'Test it', 'Sign off'])[s]
       FROM items it CROSS JOIN generate_series(1, 4) s WHERE it.account_id = $1 AND abs(hashtext(it.id::text || 'c')) % 3 = 0`,
    [accountId],
  );
  const viewerDepartment = departmentIds[0] ?? '';
  const viewerGroups = groupIds.slice(0, 2);
  await db.query(`INSERT INTO identities (email) VALUES ('viewer.${prefix}@example.com')`);
  // The viewer has accepted the account's terms, as anyone using the app has.
  const [viewer] = await db.query<{ id: string; identity_id: string }>(
    `INSERT INTO employees (account_id, identity_id, email, first_name, surname, department_id, role, terms_accepted_at, terms_accepted_version)
     SELECT $1, id, email, 'Vera', 'Viewer', $2, 'GENERAL', now(), (SELECT terms_version FROM accounts WHERE id = $1) FROM identities WHERE email = 'viewer.${prefix}@example.com' RETURNING id, identity_id`,
    [accountId, viewerDepartment],
  );
  if (!viewer) throw new Error('viewer insert returned nothing');
  await db.query(
    `INSERT INTO employee_module_permissions (employee_id, module, account_id, can_access, is_module_admin, see_scope, edit_scope, see_levels, edit_levels)
     VALUES ($1, 'JOBS', $2, true, false, 'DEPARTMENT', 'DEPARTMENT', '{1,2,3}', '{1,2}')`,
    [viewer.id, accountId],
  );
  await db.query('INSERT INTO user_group_members (group_id, employee_id, account_id) SELECT g, $2, $1 FROM unnest($3::uuid[]) g', [accountId, viewer.id, viewerGroups]);
  // The viewer is assigned to a few dozen jobs, as a person on shift would be.
  await db.query(
    `INSERT INTO item_employee_assignments (item_id, employee_id, account_id)
     SELECT id, $2::uuid, $1::uuid FROM items WHERE account_id = $1 AND abs(hashtext(id::text || 'me')) % 2000 = 0 ON CONFLICT DO NOTHING`,
    [accountId, viewer.id],
  );
  return { accountId, viewer: { employeeId: viewer.id, identityId: viewer.identity_id, departmentId: viewerDepartment, groupIds: viewerGroups }, departmentIds };
}
