/**
 * The one registry of modules: adding a module here gives it a row in
 * every permission matrix, effective-permission list and role floor.
 */
export const MODULES = ['JOBS', 'INCIDENTS'] as const;
export type ModuleKey = (typeof MODULES)[number];

export const MODULE_LABELS: Readonly<Record<ModuleKey, string>> = {
  JOBS: 'Jobs',
  INCIDENTS: 'Incidents',
};

/** True when `v` is one of MODULES. */
export function isModuleKey(v: unknown): v is ModuleKey {
  return MODULES.some((module) => module === v);
}
