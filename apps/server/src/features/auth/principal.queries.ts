import { isRole, type ModulePermission } from '@gatehouse/access';
import type { SessionInfo } from '../../platform/graphql/context';
import { preparedSql, type Reader } from '../../platform/db/reader';

interface PrincipalRow {
  session_id: string;
  identity_id: string;
  account_id: string;
  employee_id: string;
  role: string;
  is_active: boolean;
  department_id: string | null;
  group_ids: string[];
  permissions: ModulePermission[];
  must_accept_terms: boolean;
}

/**
 * One statement per request: the session and the current state of the person behind it
 * (a role change or inactivation applies to the very next request). Prepared, as every
 * request with a session runs it.
 */
const PRINCIPAL_SQL = preparedSql('auth.sessionPrincipal', `
  SELECT s.id AS session_id, s.identity_id, s.account_id, e.id AS employee_id, e.role, e.is_active, e.department_id,
    COALESCE((SELECT array_agg(m.group_id) FROM user_group_members m WHERE m.employee_id = e.id), '{}') AS group_ids,
    COALESCE((SELECT json_agg(json_build_object(
        'module', p.module, 'canAccess', p.can_access, 'isModuleAdmin', p.is_module_admin,
        'seeScope', p.see_scope, 'editScope', p.edit_scope, 'seeLevels', p.see_levels, 'editLevels', p.edit_levels))
      FROM employee_module_permissions p WHERE p.employee_id = e.id), '[]') AS permissions,
    COALESCE(e.terms_accepted_version, 0) < a.terms_version AS must_accept_terms
  FROM sessions s
  JOIN employees e ON e.identity_id = s.identity_id AND e.account_id = s.account_id
  JOIN accounts a ON a.id = s.account_id
  WHERE s.id = $1 AND s.identity_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND e.is_active`);

/** The active employee behind a live session, or null. */
export async function loadSessionPrincipal(
  db: Reader,
  sessionId: string,
  identityId: string,
): Promise<SessionInfo | null> {
  const rows: PrincipalRow[] = await db.query(PRINCIPAL_SQL, [sessionId, identityId]);
  const row = rows[0];
  if (!row || !isRole(row.role)) return null;
  return {
    sessionId: row.session_id,
    identityId: row.identity_id,
    principal: {
      kind: 'employee',
      accountId: row.account_id,
      employeeId: row.employee_id,
      role: row.role,
      isActive: row.is_active,
      departmentId: row.department_id,
      groupIds: row.group_ids,
      permissions: row.permissions,
    },
    mustAcceptTerms: row.must_accept_terms,
  };
}
