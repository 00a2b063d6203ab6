import { EDIT_SCOPES, MODULES, MODULE_LABELS, ROLES, SEE_SCOPES, SETTINGS_AREAS } from '@gatehouse/access';
import { registerDescribedEnum } from './enum-values';

/** The permission model's enums, registered once from the access package so the schema cannot drift from the rules. */
export const RoleEnum = registerDescribedEnum(ROLES, 'Role', 'Every employee has exactly one role.', {
  ACCOUNT_ADMIN: 'Account settings, user settings, other settings; everything in every module at every confidential level.',
  USER_ADMIN: 'User settings and other settings; sees and edits everything in every module, confidential levels from module permissions.',
  ADMIN: 'Other settings; sees and edits everything in every module, confidential levels from module permissions.',
  GENERAL: 'No settings; modules per module permissions.',
});

export const ModuleKeyEnum = registerDescribedEnum(
  MODULES,
  'ModuleKey',
  'A module of Gatehouse whose items are permissioned.',
  Object.fromEntries(MODULES.map((m) => [m, `The ${MODULE_LABELS[m]} module.`])) as Record<(typeof MODULES)[number], string>,
);

export const SeeScopeEnum = registerDescribedEnum(SEE_SCOPES, 'SeeScope', 'Which items of a module a person sees.', {
  ALL: 'Every item (within their confidential levels).',
  DEPARTMENT: 'Items of their department, assigned to them, or owned by or shared with their groups.',
});

export const EditScopeEnum = registerDescribedEnum(EDIT_SCOPES, 'EditScope', 'Which items of a module a person edits.', {
  ALL: 'Every item they see.',
  DEPARTMENT: 'Items of their department, assigned to them, or owned by or shared with their groups.',
  NONE: 'Read-only.',
});

export const SettingsAreaEnum = registerDescribedEnum(SETTINGS_AREAS, 'SettingsArea', 'An area of settings a role may manage.', {
  ACCOUNT: 'Account settings and API tokens.',
  USERS: 'Employees, external users, departments, user groups and the audit log.',
  OTHER: 'Other settings.',
});
