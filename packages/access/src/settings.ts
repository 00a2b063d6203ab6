import { roleOf, type Principal } from './principal';
import type { Role } from './roles';

export const SETTINGS_AREAS = ['ACCOUNT', 'USERS', 'OTHER'] as const;
export type SettingsArea = (typeof SETTINGS_AREAS)[number];

/** Which settings areas each role manages. */
export const ROLE_SETTINGS: Readonly<Record<Role, readonly SettingsArea[]>> = {
  ACCOUNT_ADMIN: ['ACCOUNT', 'USERS', 'OTHER'],
  USER_ADMIN: ['USERS', 'OTHER'],
  ADMIN: ['OTHER'],
  GENERAL: [],
};

export const RESOURCES = [
  'account',
  'employees',
  'departments',
  'userGroups',
  'externalUsers',
  'auditEvents',
  'apiTokens',
  'mail',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

type ActionAreas = Readonly<Record<Action, SettingsArea | null>>;

const ALL_IN = (area: SettingsArea): ActionAreas => ({ read: area, create: area, update: area, delete: area });

/**
 * The settings area each (resource, action) needs; null: no principal may do it.
 * Reading the directory is User Settings too, because it shows everyone's permissions.
 */
export const ACTION_AREAS: Readonly<Record<Resource, ActionAreas>> = {
  // An account is created by first-run setup, never by a principal, and a
  // tenant is not deleted from its own settings.
  account: { read: 'ACCOUNT', create: null, update: 'ACCOUNT', delete: null },
  apiTokens: ALL_IN('ACCOUNT'),
  employees: ALL_IN('USERS'),
  departments: ALL_IN('USERS'),
  userGroups: ALL_IN('USERS'),
  externalUsers: ALL_IN('USERS'),
  // Audit events are written by the system in the same transaction as each change and never edited.
  auditEvents: { read: 'USERS', create: null, update: null, delete: null },
  // The account's mail that could not be delivered (and, in development, the mailbox): reading
  // it shows invitation links and addresses, retrying sends them again, so it is User Settings.
  // Mail is queued by the system with the change that causes it and never deleted by a person.
  mail: { read: 'USERS', create: null, update: 'USERS', delete: null },
};

/**
 * What an API token may never do, whatever its role: manage API tokens. A leaked token must
 * not be able to mint more tokens or revoke the others, so only people manage them.
 */
export const PEOPLE_ONLY_RESOURCES: readonly Resource[] = ['apiTokens'];

/** True when `who` manages settings `area`: active employees and API tokens whose role includes it. */
export function canManage(who: Principal, area: SettingsArea): boolean {
  const role = roleOf(who);
  return role !== null && ROLE_SETTINGS[role].includes(area);
}

/** The settings area `action` on `resource` needs, or null when nobody may do it. */
export function requiredArea(action: Action, resource: Resource): SettingsArea | null {
  return ACTION_AREAS[resource][action];
}

/** True when `who` may perform settings `action` on `resource`. */
export function can(who: Principal, action: Action, resource: Resource): boolean {
  if (who.kind === 'apiToken' && PEOPLE_ONLY_RESOURCES.includes(resource)) return false;
  const area = requiredArea(action, resource);
  return area !== null && canManage(who, area);
}
