/**
 * Every audit action, with the kind of thing it targets. One list: the server writes only
 * these, the GraphQL enum is built from it, and the admin app labels and filters by it.
 */
export const AUDIT_ACTION_TARGETS = {
  'account.created': 'account',
  'account.demo_data_added': 'account',
  'account.renamed': 'account',
  'account.terms_published': 'account',
  'account.terms_corrected': 'account',
  'employee.created': 'employee',
  'employee.updated': 'employee',
  'employee.role_changed': 'employee',
  'employee.inactivated': 'employee',
  'employee.reactivated': 'employee',
  'employee.bulk_updated': 'employee',
  'employee.deleted': 'employee',
  'employee.password_reset': 'employee',
  'employee.terms_accepted': 'employee',
  'employee.invited': 'employee',
  'employee.invitation_accepted': 'employee',
  'department.created': 'department',
  'department.renamed': 'department',
  'department.deleted': 'department',
  'user_group.created': 'user_group',
  'user_group.updated': 'user_group',
  'user_group.deleted': 'user_group',
  'user_group.members_changed': 'user_group',
  // Failed emails put back in the outbox; the ids and recipients are in the details.
  'mail.retried': 'account',
  'mail.test_sent': 'account',
  'api_token.created': 'api_token',
  'api_token.revoked': 'api_token',
  'external_user.created': 'external_user',
  'external_user.updated': 'external_user',
  'external_user.deleted': 'external_user',
  'external_user.promoted': 'external_user',
  'item.created': 'item',
  'item.updated': 'item',
  'item.completed': 'item',
  'item.reopened': 'item',
  'item.archived': 'item',
  'item.deleted': 'item',
  'item.checklist_changed': 'item',
  'item.checklist_ticked': 'item',
  'item.checklist_unticked': 'item',
  'item.assignees_removed': 'item',
  'item.external_assignees_removed': 'item',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_TARGETS;
export type AuditTargetType = (typeof AUDIT_ACTION_TARGETS)[AuditAction];

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_TARGETS).filter(isAuditAction);
export const AUDIT_TARGET_TYPES = [...new Set(Object.values(AUDIT_ACTION_TARGETS))];

/** True for a known action (rows written by older versions may hold others). */
export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_TARGETS, value);
}
