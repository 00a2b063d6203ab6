import {
  EDIT_SCOPES,
  MODULE_LABELS,
  MODULES,
  ROLE_LABELS,
  ROLES,
  SEE_SCOPES,
  type EditScope,
  type ModuleKey,
  type Role,
  type SeeScope,
} from '@gatehouse/access';
import { checkEmail, checkName, problemMessage, EMAIL_MAX_LENGTH } from './names';

/**
 * The employee CSV: one format for the template, the import and the export. Columns come from
 * the module registry, so a new module adds its six permission columns everywhere at once.
 */

/** The six parts of a module permission, in column order. */
export const PERMISSION_PARTS = ['canAccess', 'isModuleAdmin', 'seeScope', 'editScope', 'seeLevels', 'editLevels'] as const;
export type PermissionPart = (typeof PERMISSION_PARTS)[number];

const PART_LABELS: Readonly<Record<PermissionPart, string>> = {
  canAccess: 'access',
  isModuleAdmin: 'module admin',
  seeScope: 'see scope',
  editScope: 'edit scope',
  seeLevels: 'see levels',
  editLevels: 'edit levels',
};

export const BASE_COLUMN_KEYS = ['email', 'firstName', 'surname', 'department', 'role', 'groups', 'isActive'] as const;
export type BaseColumnKey = (typeof BASE_COLUMN_KEYS)[number];
export type PermissionColumnKey = `${ModuleKey}.${PermissionPart}`;
export type CsvColumnKey = BaseColumnKey | PermissionColumnKey;

export type CsvColumn =
  | { readonly key: BaseColumnKey; readonly kind: 'base'; readonly header: string }
  | { readonly key: PermissionColumnKey; readonly kind: 'permission'; readonly module: ModuleKey; readonly part: PermissionPart; readonly header: string };

const BASE_HEADERS: Readonly<Record<BaseColumnKey, string>> = {
  email: 'Email',
  firstName: 'First name',
  surname: 'Surname',
  department: 'Department',
  role: 'Role',
  groups: 'User groups',
  isActive: 'Active',
};

/** Other spellings people use for the base headers (compared after squashing, see headerKey). */
const BASE_ALIASES: Readonly<Record<BaseColumnKey, readonly string[]>> = {
  email: ['email', 'emailaddress', 'mail'],
  firstName: ['firstname', 'givenname', 'forename'],
  surname: ['surname', 'lastname', 'familyname'],
  department: ['department', 'dept'],
  role: ['role'],
  groups: ['usergroups', 'groups', 'usergroup', 'group'],
  isActive: ['active', 'isactive'],
};

const PART_ALIASES: Readonly<Record<PermissionPart, readonly string[]>> = {
  canAccess: ['access', 'canaccess'],
  isModuleAdmin: ['moduleadmin', 'ismoduleadmin', 'admin'],
  seeScope: ['seescope'],
  editScope: ['editscope'],
  seeLevels: ['seelevels', 'seeconfidentiallevels'],
  editLevels: ['editlevels', 'editconfidentiallevels'],
};

/** Every column in template and export order: the base columns, then six per module. */
export const EMPLOYEE_CSV_COLUMNS: readonly CsvColumn[] = [
  ...BASE_COLUMN_KEYS.map((key): CsvColumn => ({ key, kind: 'base', header: BASE_HEADERS[key] })),
  ...MODULES.flatMap((module) =>
    PERMISSION_PARTS.map((part): CsvColumn => ({ key: `${module}.${part}`, kind: 'permission', module, part, header: `${MODULE_LABELS[module]} ${PART_LABELS[part]}` })),
  ),
];

/** Letters and digits only, lower case: "First_Name", "first name" and "FirstName" all become "firstname". */
function squash(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const HEADER_INDEX: ReadonlyMap<string, CsvColumn> = new Map(
  EMPLOYEE_CSV_COLUMNS.flatMap((column): [string, CsvColumn][] => {
    if (column.kind === 'base') return BASE_ALIASES[column.key].map((alias) => [alias, column]);
    const modules = [squash(MODULE_LABELS[column.module]), squash(column.module)];
    return modules.flatMap((m) => PART_ALIASES[column.part].map((alias): [string, CsvColumn] => [`${m}${alias}`, column]));
  }),
);

/** The column a header names, whatever its case, spaces, underscores or common synonym; undefined when unknown. */
export function columnForHeader(header: string): CsvColumn | undefined {
  return HEADER_INDEX.get(squash(header));
}

export interface HeaderProblem {
  readonly header: string;
  readonly message: string;
}

/** Reads a header row: the column of each position, or every problem with it (unknown, repeated, no Email). */
export function readHeader(headers: readonly string[]): { columns: CsvColumn[]; problems: HeaderProblem[] } {
  const columns: CsvColumn[] = [];
  const problems: HeaderProblem[] = [];
  const seen = new Set<CsvColumnKey>();
  for (const header of headers) {
    const column = columnForHeader(header);
    if (column === undefined) {
      problems.push({ header, message: `Unknown column "${header}". Download the template for the column names.` });
    } else if (seen.has(column.key)) {
      problems.push({ header, message: `The column "${column.header}" appears twice.` });
    } else {
      seen.add(column.key);
      columns.push(column);
    }
  }
  if (!seen.has('email') && problems.length === 0) problems.push({ header: 'Email', message: 'The Email column is required: it says who each row is.' });
  return { columns, problems };
}

/*
 * Formula neutralisation. A spreadsheet runs a cell that starts with =, +, -, @, tab or
 * carriage return as a formula, so the export writes such a cell behind an apostrophe, which
 * spreadsheets read as "text follows". The import removes one leading apostrophe from every
 * cell, so what the export wrote comes back exactly; a value that itself starts with an
 * apostrophe is therefore written with one more.
 */
const FORMULA_START = /^[=+\-@\t\r']/u;

/** A cell as the export writes it: safe to open in a spreadsheet. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell as the import reads it: one leading apostrophe removed. */
export function unneutralizeCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/*
 * User groups share one cell, separated by "; ". A semicolon inside a group name is written
 * doubled, and names never start or end with a space, so every list reads back exactly.
 */

/** The groups cell for a list of group names. */
export function formatGroupNames(names: readonly string[]): string {
  return names.map((name) => name.replaceAll(';', ';;')).join('; ');
}

/** Group names out of a groups cell (empty names dropped). */
export function parseGroupNames(cell: string): string[] {
  const names: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i += 1) {
    const char = cell[i];
    if (char === ';' && cell[i + 1] === ';') {
      current += ';';
      i += 1;
    } else if (char === ';') {
      names.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  names.push(current);
  return names.map((name) => name.trim()).filter((name) => name.length > 0);
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', '1', 'x']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', '0', '']);

/** The export's spelling of a yes/no cell. */
export function formatYesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** The export's spelling of a level list. */
export function formatLevels(levels: readonly number[]): string {
  return levels.join(';');
}

/** A permission as far as the file gives it: only the parts whose columns are present. */
export type PermissionCells = {
  canAccess?: boolean;
  isModuleAdmin?: boolean;
  seeScope?: SeeScope;
  editScope?: EditScope;
  seeLevels?: number[];
  editLevels?: number[];
};

/** One data row as parsed: only the columns present in the file, each as it will be stored. */
export interface ParsedEmployeeRow {
  email?: string;
  firstName?: string;
  surname?: string;
  /** null: no department. */
  department?: string | null;
  role?: Role;
  groups?: string[];
  isActive?: boolean;
  permissions: Partial<Record<ModuleKey, PermissionCells>>;
}

export interface CellProblem {
  readonly column: CsvColumnKey;
  readonly message: string;
}

/** The header a column key has in the template. */
export function headerOf(key: string): string {
  return EMPLOYEE_CSV_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

function upperWord(cell: string): string {
  return cell.trim().toUpperCase().replace(/[\s-]+/g, '_');
}

function parseRole(cell: string): Role | undefined {
  const word = upperWord(cell);
  return ROLES.find((role) => role === word || upperWord(ROLE_LABELS[role]) === word);
}

function parseBool(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** Levels written as "1;2;3", "1, 2" or "1 2"; undefined when any piece is not a number. */
function parseLevels(cell: string): number[] | undefined {
  const pieces = cell.split(/[\s,;]+/u).filter((p) => p.length > 0);
  const levels = pieces.map((p) => (/^\d{1,3}$/u.test(p) ? Number(p) : Number.NaN));
  return levels.some((l) => Number.isNaN(l)) ? undefined : levels;
}

function parsePermissionCell(part: PermissionPart, cell: string, label: string): { value?: PermissionCells[PermissionPart]; message?: string } {
  if (part === 'canAccess' || part === 'isModuleAdmin') {
    const value = parseBool(cell);
    return value === undefined ? { message: `${label}: write yes or no, not "${cell}".` } : { value };
  }
  if (part === 'seeScope') {
    const word = upperWord(cell) || 'DEPARTMENT';
    const value = SEE_SCOPES.find((s) => s === word);
    return value === undefined ? { message: `${label}: write ${SEE_SCOPES.join(' or ')}, not "${cell}".` } : { value };
  }
  if (part === 'editScope') {
    const word = upperWord(cell) || 'NONE';
    const value = EDIT_SCOPES.find((s) => s === word);
    return value === undefined ? { message: `${label}: write ${EDIT_SCOPES.join(', ')}, not "${cell}".` } : { value };
  }
  const value = parseLevels(cell);
  return value === undefined ? { message: `${label}: write levels 1 to 10 separated by ";", not "${cell}".` } : { value };
}

/**
 * Parses one data row by the shared input rules (the same checks as the Add and Edit employee
 * forms: names, emails, roles, permission values). Lookups (departments, groups, existing
 * people) and escalation rules need the database and the importer, so the server does them.
 */
export function parseEmployeeRow(columns: readonly CsvColumn[], cells: readonly string[]): { row: ParsedEmployeeRow; problems: CellProblem[] } {
  const row: ParsedEmployeeRow = { permissions: {} };
  const problems: CellProblem[] = [];
  columns.forEach((column, index) => {
    const cell = unneutralizeCell(cells[index] ?? '');
    const problem = (message: string) => problems.push({ column: column.key, message });
    if (column.kind === 'permission') {
      const parsed = parsePermissionCell(column.part, cell, column.header);
      if (parsed.message !== undefined) problem(parsed.message);
      else row.permissions[column.module] = { ...row.permissions[column.module], [column.part]: parsed.value };
      return;
    }
    switch (column.key) {
      case 'email': {
        const checked = checkEmail(cell);
        row.email = checked.value;
        if (checked.problem) problem(problemMessage(checked.problem, EMAIL_MAX_LENGTH));
        return;
      }
      case 'firstName':
      case 'surname': {
        const checked = checkName(cell);
        row[column.key] = checked.value;
        if (checked.problem) problem(problemMessage(checked.problem));
        return;
      }
      case 'department': {
        const checked = checkName(cell);
        if (checked.problem === 'TOO_LONG') problem(problemMessage(checked.problem));
        row.department = checked.value.length === 0 ? null : checked.value;
        return;
      }
      case 'groups': {
        const names = parseGroupNames(cell).map((name) => checkName(name));
        if (names.some((n) => n.problem === 'TOO_LONG')) problem(`A group name has more than the allowed characters.`);
        row.groups = [...new Map(names.map((n) => [n.value.toLowerCase(), n.value])).values()];
        return;
      }
      case 'role': {
        const role = parseRole(cell);
        if (role === undefined) problem(`Unknown role "${cell}": write one of ${ROLES.join(', ')}.`);
        else row.role = role;
        return;
      }
      case 'isActive': {
        const value = cell.trim() === '' ? undefined : parseBool(cell);
        if (value === undefined) problem(`Write yes or no, not "${cell}".`);
        else row.isActive = value;
        return;
      }
    }
  });
  return { row, problems };
}

/** The largest file the import accepts, in bytes. */
export const IMPORT_MAX_BYTES = 48 * 1024 * 1024;
/** The most data rows one import file may hold. */
export const IMPORT_MAX_ROWS = 200_000;
