import { MODULE_LABELS, ROLE_LABELS, isModuleKey, isRole } from '@gatehouse/access';
import { isAuditAction, type AuditAction } from '@gatehouse/contracts';
import type { AuditEventFieldsFragment, AuditSubjectFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';

/** A piece of a sentence: plain text, or a name that links to the person, department or group. */
export interface Segment {
  readonly text: string;
  readonly to?: string;
}

/** One line of the before/after of an event: `Role: General → Admin`. */
export interface DetailLine {
  readonly label: string;
  readonly from?: readonly Segment[];
  readonly to: readonly Segment[];
}

export const ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'account.created': 'Account created',
  'account.demo_data_added': 'Demo data added',
  'account.renamed': 'Account renamed',
  'account.terms_published': 'Terms of use published',
  'account.terms_corrected': 'Terms of use corrected',
  'employee.created': 'Person added',
  'employee.updated': 'Person edited',
  'employee.role_changed': 'Role changed',
  'employee.inactivated': 'Person deactivated',
  'employee.reactivated': 'Person reactivated',
  'employee.bulk_updated': 'People edited in bulk',
  'employee.deleted': 'Person deleted',
  'employee.password_reset': 'Password reset',
  'employee.terms_accepted': 'Terms of use accepted',
  'employee.invited': 'Invitation sent',
  'employee.invitation_accepted': 'Invitation accepted',
  'department.created': 'Department created',
  'department.renamed': 'Department renamed',
  'department.deleted': 'Department deleted',
  'user_group.created': 'Group created',
  'user_group.updated': 'Group edited',
  'user_group.deleted': 'Group deleted',
  'user_group.members_changed': 'Group members changed',
  'mail.retried': 'Failed mail retried',
  'mail.test_sent': 'Test email sent',
  'external_user.created': 'External user added',
  'external_user.updated': 'External user edited',
  'external_user.deleted': 'External user deleted',
  'external_user.promoted': 'External user promoted to employee',
  'api_token.created': 'API token created',
  'api_token.revoked': 'API token revoked',
  'item.created': 'Item created',
  'item.updated': 'Item edited',
  'item.completed': 'Item completed',
  'item.reopened': 'Item reopened',
  'item.archived': 'Item archived or restored',
  'item.deleted': 'Item deleted',
  'item.checklist_changed': 'Checklist changed',
  'item.checklist_ticked': 'Checklist entry ticked',
  'item.checklist_unticked': 'Checklist entry unticked',
  'item.assignees_removed': 'Deleted people unassigned',
  'item.external_assignees_removed': 'Deleted external users unassigned',
};

/** "job" or "incident" for an item event's module. */
function itemNoun(data: Readonly<Record<string, unknown>>): string {
  return typeof data.module === 'string' && isModuleKey(data.module) ? MODULE_LABELS[data.module].toLowerCase().replace(/s$/, '') : 'item';
}

const KIND_NOUNS: Readonly<Record<string, string>> = { employee: 'person', department: 'department', user_group: 'group', account: 'account', api_token: 'API token', item: 'item', external_user: 'external user' };

/** Where a person, department or group is shown in the app; null for things without a page. */
export function subjectPath(kind: string, id: string): string | null {
  if (kind === 'employee') return `/settings/people/employees/${id}`;
  if (kind === 'department') return `/settings/people/departments/${id}/members`;
  if (kind === 'user_group') return `/settings/people/groups/${id}/members`;
  if (kind === 'api_token') return '/settings/account/api-tokens';
  if (kind === 'external_user') return `/settings/people/external/${id}`;
  return null;
}

function subject(s: AuditSubjectFieldsFragment | null | undefined, fallbackKind: string): Segment {
  if (!s) return { text: `a ${KIND_NOUNS[fallbackKind] ?? 'record'}` };
  const text = s.name ?? `a deleted ${KIND_NOUNS[s.kind] ?? 'record'}`;
  const to = s.exists ? subjectPath(s.kind, s.id) : null;
  return to ? { text, to } : { text };
}

function actorOf(e: AuditEventFieldsFragment): Segment {
  // A client app's change reads as its token's: people can tell which integration did it.
  if (e.apiToken) return { text: `API token ‘${e.apiToken.name}’`, to: subjectPath('api_token', e.apiToken.id) ?? undefined };
  // An external user's change in the portal names them in its details (they are not employees).
  if (!e.actor && typeof e.data.externalUserName === 'string') return { text: `${e.data.externalUserName} (external)` };
  if (!e.actor) return { text: 'Gatehouse' };
  if (!e.actor.fullName) return { text: 'A deleted person' };
  return { text: e.actor.fullName, to: subjectPath('employee', e.actor.id) ?? undefined };
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

function roleLabel(value: unknown): string {
  return typeof value === 'string' && isRole(value) ? ROLE_LABELS[value] : 'no role';
}

/** The sentence an admin reads: "Alice Admin changed Bob Builder's role from General to Admin." */
export function auditSentence(e: AuditEventFieldsFragment): Segment[] {
  const who = actorOf(e);
  const target = subject(e.target, e.targetType);
  const t = (text: string): Segment => ({ text });
  const action = isAuditAction(e.action) ? e.action : null;
  switch (action) {
    case 'account.created':
      return [who, t(' created the account '), target];
    case 'account.demo_data_added':
      return [who, t(' added demo data to the account')];
    case 'account.renamed':
      return [who, t(' renamed the account '), target];
    case 'account.terms_published':
      return [who, t(` published version ${String(e.data.version)} of the terms of use`)];
    case 'account.terms_corrected':
      return [who, t(` corrected version ${String(e.data.version)} of the terms of use`)];
    case 'employee.created':
      return [who, t(' added '), target, t(` as ${roleLabel(e.data.role)}`)];
    case 'employee.role_changed': {
      const role = e.data.role;
      return isChange(role)
        ? [who, t(' changed '), target, t(`’s role from ${roleLabel(role.from)} to ${roleLabel(role.to)}`)]
        : [who, t(' changed the role of '), target];
    }
    case 'employee.updated':
      return [who, t(' edited '), target];
    case 'employee.inactivated':
      return [who, t(' deactivated '), target];
    case 'employee.reactivated':
      return [who, t(' reactivated '), target];
    case 'employee.bulk_updated':
      return [who, t(' edited '), target, t(' in a bulk edit')];
    case 'employee.deleted':
      return [who, t(' deleted '), target];
    case 'employee.password_reset':
      return [who, t(' reset their password with an emailed link')];
    case 'employee.terms_accepted':
      return [who, t(` accepted version ${String(e.data.version)} of the terms of use`)];
    case 'employee.invited':
      return e.data.resent === true ? [who, t(' sent '), target, t(' a new invitation; the earlier link no longer works')] : [who, t(' invited '), target];
    case 'employee.invitation_accepted':
      // The person acts on themself: name them once.
      return [target, t(e.data.passwordSet === true ? ' accepted their invitation and set a password' : ' accepted their invitation, signing in with their existing login')];
    case 'department.created':
      return [who, t(' created the department '), target];
    case 'department.renamed':
      return [who, t(' renamed the department '), target];
    case 'department.deleted':
      return [who, t(' deleted the department '), target];
    case 'user_group.created':
      return [who, t(' created the group '), target];
    case 'user_group.updated':
      return [who, t(' edited the group '), target];
    case 'user_group.deleted':
      return [who, t(' deleted the group '), target];
    case 'user_group.members_changed':
      return [who, t(` ${membersChange(e.data)} `), target];
    case 'mail.retried': {
      const n = count(e.data.mailIds);
      return [who, t(` retried ${n} failed ${n === 1 ? 'email' : 'emails'}`)];
    }
    case 'mail.test_sent':
      return [who, t(' sent themselves a test email')];
    case 'api_token.created':
      return [who, t(' created the API token ‘'), target, t(`’ with the ${roleLabel(e.data.role)} role`)];
    case 'api_token.revoked':
      return [who, t(' revoked the API token ‘'), target, t('’')];
    case 'item.created':
      return [who, t(` created the ${itemNoun(e.data)} `), target];
    case 'item.updated':
      return [who, t(` edited the ${itemNoun(e.data)} `), target];
    case 'item.completed':
      return [who, t(` completed the ${itemNoun(e.data)} `), target];
    case 'item.reopened':
      return [who, t(` reopened the ${itemNoun(e.data)} `), target];
    case 'item.archived':
      return [who, t(` ${e.data.isArchived === false ? 'restored' : 'archived'} the ${itemNoun(e.data)} `), target];
    case 'item.deleted':
      return [who, t(` deleted the ${itemNoun(e.data)} `), target];
    case 'item.checklist_changed':
      return [who, t(` changed the checklist of the ${itemNoun(e.data)} `), target];
    case 'item.checklist_ticked':
      return [who, t(` ticked “${String(e.data.entry ?? '')}” on the ${itemNoun(e.data)} `), target];
    case 'item.checklist_unticked':
      return [who, t(` unticked “${String(e.data.entry ?? '')}” on the ${itemNoun(e.data)} `), target];
    case 'item.external_assignees_removed':
      return [who, t(` unassigned ${count(e.data.removed)} deleted external ${count(e.data.removed) === 1 ? 'user' : 'users'} from the ${itemNoun(e.data)} `), target];
    case 'item.assignees_removed':
      return [who, t(` unassigned ${count(e.data.removed)} deleted ${count(e.data.removed) === 1 ? 'person' : 'people'} from the ${itemNoun(e.data)} `), target];
    case 'external_user.created':
      return [who, t(' added the external user '), target];
    case 'external_user.updated':
      return [who, t(' edited the external user '), target];
    case 'external_user.deleted':
      return [who, t(' deleted the external user '), target];
    case 'external_user.promoted':
      return [who, t(' promoted the external user '), target, t(' to employee '), ...named(e, 'employee', e.data.employeeId)];
    case null:
      return [who, t(` did “${e.action}” to `), target];
  }
}

function count(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function membersChange(data: Readonly<Record<string, unknown>>): string {
  const added = count(data.added);
  const removed = count(data.removed);
  const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
  if (added && removed) return `added ${people(added)} to and removed ${people(removed)} from`;
  if (removed) return `removed ${people(removed)} from`;
  return `added ${people(added)} to`;
}

/** Names for ids in the details; an id that no longer exists reads "a deleted …". */
function named(e: AuditEventFieldsFragment, kind: string, value: unknown): Segment[] {
  if (value === null || value === undefined) return [{ text: 'none' }];
  const ids = Array.isArray(value) ? value : [value];
  if (ids.length === 0) return [{ text: 'none' }];
  return ids.flatMap((id, i) => {
    const found = e.mentions.find((m) => m.id === id);
    const segment = found ? subject(found, kind) : { text: `a deleted ${KIND_NOUNS[kind] ?? 'record'}` };
    return i === 0 ? [segment] : [{ text: ', ' }, segment];
  });
}

/** "level 3" or "levels 1, 2, 3". */
const levels = (list: readonly unknown[]): string => `${list.length === 1 ? 'level' : 'levels'} ${list.join(', ')}`;

/** A permission list in a few words: "Jobs (admin, levels 1–3); Incidents (no access)". */
export function permissionsSummary(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) return 'none';
  return value
    .map((p: unknown) => {
      if (typeof p !== 'object' || p === null || !('module' in p) || typeof p.module !== 'string') return 'unknown';
      const label = isModuleKey(p.module) ? MODULE_LABELS[p.module] : p.module;
      if (!('canAccess' in p) || !p.canAccess) return `${label} (no access)`;
      const parts: string[] = [];
      if ('isModuleAdmin' in p && p.isModuleAdmin) parts.push('admin');
      if ('seeLevels' in p && Array.isArray(p.seeLevels) && p.seeLevels.length > 0) parts.push(`sees ${levels(p.seeLevels)}`);
      if ('editLevels' in p && Array.isArray(p.editLevels) && p.editLevels.length > 0) parts.push(`edits ${levels(p.editLevels)}`);
      return parts.length > 0 ? `${label} (${parts.join('; ')})` : label;
    })
    .join(' · ');
}

const text = (value: string): Segment[] => [{ text: value }];

/** Each known detail key: its label and how its values read. Keys not listed are not shown. */
const DETAILS: Readonly<Record<string, { label: string; show: (e: AuditEventFieldsFragment, value: unknown) => Segment[] }>> = {
  firstName: { label: 'First name', show: (_e, v) => text(String(v ?? '—')) },
  surname: { label: 'Surname', show: (_e, v) => text(String(v ?? '—')) },
  lastName: { label: 'Last name', show: (_e, v) => text(String(v ?? '—')) },
  email: { label: 'Email', show: (_e, v) => text(String(v ?? '—')) },
  name: { label: 'Name', show: (_e, v) => text(String(v ?? '—')) },
  description: { label: 'Description', show: (_e, v) => text(typeof v === 'string' && v ? v : 'none') },
  role: { label: 'Role', show: (_e, v) => text(roleLabel(v)) },
  isActive: { label: 'Status', show: (_e, v) => text(v ? 'Active' : 'Inactive') },
  departmentId: { label: 'Department', show: (e, v) => named(e, 'department', v) },
  groupIds: { label: 'Groups', show: (e, v) => named(e, 'user_group', v) },
  addGroupIds: { label: 'Added to groups', show: (e, v) => named(e, 'user_group', v) },
  removeGroupIds: { label: 'Removed from groups', show: (e, v) => named(e, 'user_group', v) },
  added: { label: 'Added', show: (e, v) => named(e, 'employee', v) },
  removed: { label: 'Removed', show: (e, v) => named(e, 'employee', v) },
  permissions: { label: 'Permissions', show: (_e, v) => text(permissionsSummary(v)) },
  memberCount: { label: 'Members then', show: (_e, v) => text(String(v ?? 0)) },
  expiresAt: { label: 'Expires', show: (_e, v) => text(typeof v === 'string' ? formatDateTime(v) : 'never') },
  title: { label: 'Title', show: (_e, v) => text(String(v ?? '—')) },
  dueAt: { label: 'Due', show: (_e, v) => text(typeof v === 'string' ? formatDateTime(v) : 'none') },
  confidentialLevel: { label: 'Confidential level', show: (_e, v) => text(v === null || v === undefined ? 'none' : String(v)) },
  ownerGroupId: { label: 'Owner group', show: (e, v) => named(e, 'user_group', v) },
  sharedGroupIds: { label: 'Shared with', show: (e, v) => named(e, 'user_group', v) },
  assignedEmployeeIds: { label: 'Assigned', show: (e, v) => named(e, 'employee', v) },
  assignedExternalUserIds: { label: 'External users', show: (e, v) => named(e, 'external_user', v) },
};

/** The before/after of an event, labelled and named; empty lists and unchanged values left out. */
export function auditDetails(e: AuditEventFieldsFragment): DetailLine[] {
  return Object.entries(e.data).flatMap(([key, value]): DetailLine[] => {
    const detail = DETAILS[key];
    if (!detail || value === undefined) return [];
    if (Array.isArray(value) && value.length === 0) return [];
    if (isChange(value)) {
      if (JSON.stringify(value.from) === JSON.stringify(value.to)) return [];
      return [{ label: detail.label, from: detail.show(e, value.from), to: detail.show(e, value.to) }];
    }
    return [{ label: detail.label, to: detail.show(e, value) }];
  });
}
