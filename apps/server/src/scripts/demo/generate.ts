import { randomUUID } from 'node:crypto';
import {
  MODULES,
  normalizeForRole,
  toLevels,
  validatePermission,
  type ConfidentialLevel,
  type EditScope,
  type ModuleKey,
  type ModulePermission,
  type Role,
} from '@gatehouse/access';
import type { InvitationState } from '@gatehouse/contracts';
import {
  DEMO_EMAIL_DOMAIN,
  DEPARTMENTS,
  FIRST_NAMES,
  MAX_GROUPS_PER_EMPLOYEE,
  NO_DEPARTMENT_SHARE,
  SURNAMES,
  USER_GROUPS,
  type DepartmentSpec,
} from './catalog';
import type { Random } from './random';

/** One generated employee, before it is written. Indexes point into DEPARTMENTS and USER_GROUPS. */
export interface DemoPerson {
  readonly id: string;
  readonly identityId: string;
  readonly email: string;
  readonly firstName: string;
  readonly surname: string;
  readonly isActive: boolean;
  readonly departmentIndex: number | null;
  readonly role: Role;
  readonly invitationState: InvitationState;
  readonly createdAt: Date;
  readonly termsAcceptedAt: Date | null;
  readonly lastLoginAt: Date | null;
  readonly groupIndexes: readonly number[];
  /** What is stored (role ∪ stored is what the API shows), already normalized for the role. */
  readonly permissions: readonly ModulePermission[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const EVENT_CONTROL = DEPARTMENTS.findIndex((d) => d.name === 'Event Control');

/** How many of each role: 1–2 account admins, a few user admins and admins, the rest general staff. */
export function roleMix(count: number): Role[] {
  const accountAdmins = Math.min(count, count >= 100 ? 2 : 1);
  const userAdmins = Math.min(count - accountAdmins, Math.floor(count * 0.02));
  const admins = Math.min(count - accountAdmins - userAdmins, Math.floor(count * 0.06));
  const general = count - accountAdmins - userAdmins - admins;
  return [
    ...Array<Role>(accountAdmins).fill('ACCOUNT_ADMIN'),
    ...Array<Role>(userAdmins).fill('USER_ADMIN'),
    ...Array<Role>(admins).fill('ADMIN'),
    ...Array<Role>(general).fill('GENERAL'),
  ];
}

/** `count` people with emails numbered from `firstNumber` (unique across runs: the caller picks it). */
export function generatePeople(count: number, rng: Random, firstNumber: number, now: Date): DemoPerson[] {
  return rng.shuffle(roleMix(count)).map((role, i) => generatePerson(role, firstNumber + i, rng, now));
}

function generatePerson(role: Role, number: number, rng: Random, now: Date): DemoPerson {
  const firstName = rng.pick(FIRST_NAMES);
  const surname = rng.pick(SURNAMES);
  const departmentIndex = role === 'ACCOUNT_ADMIN' && EVENT_CONTROL >= 0 ? EVENT_CONTROL : pickDepartment(rng);
  const department = departmentIndex === null ? null : (DEPARTMENTS[departmentIndex] ?? null);
  return {
    id: randomUUID(),
    identityId: randomUUID(),
    email: `${emailPart(firstName)}.${emailPart(surname)}.${number}@${DEMO_EMAIL_DOMAIN}`,
    firstName,
    surname,
    departmentIndex,
    role,
    ...lifecycle(role, rng, now),
    groupIndexes: pickGroups(department?.name ?? null, rng),
    permissions: permissionsFor(role, department, rng),
  };
}

/** "O'Brien" → "obrien", "Da Silva" → "dasilva". */
function emailPart(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

function pickDepartment(rng: Random): number | null {
  if (rng.chance(NO_DEPARTMENT_SHARE)) return null;
  return rng.weightedIndex(DEPARTMENTS.map((d) => d.weight));
}

type Lifecycle = Pick<DemoPerson, 'isActive' | 'invitationState' | 'createdAt' | 'termsAcceptedAt' | 'lastLoginAt'>;

/**
 * Invitation state, activity and dates that fit together: only people who accepted have
 * accepted the terms or logged in; account admins are always active (every account keeps at least one).
 */
function lifecycle(role: Role, rng: Random, now: Date): Lifecycle {
  const createdAt = new Date(now.getTime() - rng.int(1, 730) * DAY_MS - rng.int(0, DAY_MS));
  const invitationState: InvitationState =
    role === 'ACCOUNT_ADMIN' ? 'ACCEPTED' : (['ACCEPTED', 'INVITED', 'NOT_INVITED'] as const)[rng.weightedIndex([70, 18, 12])] ?? 'ACCEPTED';
  const isActive = role === 'ACCOUNT_ADMIN' || rng.chance(invitationState === 'INVITED' ? 0.97 : 0.92);
  if (invitationState !== 'ACCEPTED') return { isActive, invitationState, createdAt, termsAcceptedAt: null, lastLoginAt: null };
  const termsAcceptedAt = new Date(Math.min(now.getTime(), createdAt.getTime() + rng.int(0, 7 * DAY_MS)));
  const sinceTerms = now.getTime() - termsAcceptedAt.getTime();
  // Logins cluster in the recent past (event days); some people accepted and never came back.
  const lastLoginAt = rng.chance(0.9) ? new Date(now.getTime() - Math.floor(sinceTerms * rng.next() ** 3)) : null;
  return { isActive, invitationState, createdAt, termsAcceptedAt, lastLoginAt };
}

/** 0–3 groups, likelier the ones that fit the department. */
function pickGroups(departmentName: string | null, rng: Random): number[] {
  const candidates = USER_GROUPS.flatMap((g, i) => {
    const fits = departmentName !== null && g.departments.includes(departmentName);
    return rng.chance(fits ? g.inDepartment : g.otherwise) ? [i] : [];
  });
  return rng.shuffle(candidates).slice(0, MAX_GROUPS_PER_EMPLOYEE).sort((a, b) => a - b);
}

/** Stored module permissions for the role, shaped by the department's profile. */
export function permissionsFor(role: Role, department: DepartmentSpec | null, rng: Random): ModulePermission[] {
  // An account admin's role already includes everything: nothing to store.
  if (role === 'ACCOUNT_ADMIN') return [];
  const rows = MODULES.flatMap((module) => {
    const p = role === 'GENERAL' ? generalPermission(module, department, rng) : adminLevels(module, rng);
    return p === null ? [] : [normalizeForRole(role, p)];
  });
  for (const p of rows) {
    const problems = validatePermission(p);
    if (problems.length > 0) throw new Error(`generated an invalid permission: ${problems.map((x) => x.message).join(' ')}`);
  }
  return rows;
}

/** USER_ADMIN and ADMIN already see and edit everything: what is stored is their confidential levels. */
function adminLevels(module: ModuleKey, rng: Random): ModulePermission | null {
  if (!rng.chance(0.8)) return null;
  const { see, edit } = levels(10, rng);
  return { module, canAccess: false, isModuleAdmin: rng.chance(0.3), seeScope: 'DEPARTMENT', editScope: 'NONE', seeLevels: see, editLevels: edit };
}

function generalPermission(module: ModuleKey, department: DepartmentSpec | null, rng: Random): ModulePermission | null {
  const likelihood = department === null ? 0.3 : module === 'JOBS' ? department.jobs : department.incidents;
  if (!rng.chance(likelihood)) return null;
  const seeScope = rng.chance(department?.seeAll ?? 0.1) ? 'ALL' : 'DEPARTMENT';
  const editScope: EditScope = rng.chance(0.35) ? 'NONE' : seeScope === 'ALL' && rng.chance(0.3) ? 'ALL' : 'DEPARTMENT';
  const { see, edit } = levels(department?.maxLevel ?? 1, rng);
  return {
    module,
    canAccess: true,
    isModuleAdmin: rng.chance(0.05),
    seeScope,
    editScope,
    seeLevels: see,
    editLevels: editScope === 'NONE' ? [] : edit,
  };
}

/** Mostly a clearance tier (1..k), sometimes a hand-picked set; edit levels are among the see levels. */
function levels(maxLevel: number, rng: Random): { see: ConfidentialLevel[]; edit: ConfidentialLevel[] } {
  const all = Array.from({ length: maxLevel }, (_, i) => i + 1);
  const see = rng.chance(0.85) ? all.slice(0, rng.int(0, maxLevel)) : all.filter(() => rng.chance(0.5));
  const edit = see.slice(0, rng.int(0, see.length));
  return { see: toLevels(see), edit: toLevels(edit) };
}
