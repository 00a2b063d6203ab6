import {
  CONFIDENTIAL_LEVELS,
  EDIT_SCOPES,
  MODULE_LABELS,
  ROLE_LABELS,
  SEE_SCOPES,
  isEditScope,
  isSeeScope,
  type ConfidentialLevel,
  type EditScope,
  type ModulePermission,
  type Role,
} from '@gatehouse/access';
import { matrixCell, setEditLevel, setSeeLevel, setSeeScope, type PermissionRow } from '../permission-rows';

/** Every see scope is an edit scope too, so one label table serves both selects. */
const SCOPE_LABELS: Readonly<Record<EditScope, string>> = { ALL: 'All', DEPARTMENT: 'Department', NONE: 'None' };

/** One checkbox of a module's permission: its state, why it is greyed, and what ticking does. */
export interface BoxControl {
  readonly label: string;
  readonly checked: boolean;
  readonly disabled: boolean;
  readonly title: string | undefined;
  readonly onChange: (checked: boolean) => void;
}

/** One scope select of a module's permission. */
export interface ScopeControl {
  readonly label: string;
  readonly value: string;
  readonly data: { value: string; label: string; disabled?: boolean }[];
  readonly disabled: boolean;
  readonly title: string | undefined;
  readonly onChange: (value: string) => void;
}

/** Everything one module's row (table) or card (narrow screens) shows, with the same names for both. */
export interface ModuleControls {
  readonly name: string;
  readonly access: BoxControl;
  readonly moduleAdmin: BoxControl;
  readonly seeScope: ScopeControl;
  readonly editScope: ScopeControl;
  readonly levels: Readonly<Record<'see' | 'edit', readonly (BoxControl & { level: ConfidentialLevel })[]>>;
}

/**
 * The controls of one module for `role`: what the role includes is ticked and locked; the rest
 * waits for Access; levels the editor does not hold (`held`) cannot be newly granted.
 */
export function moduleControls(
  role: Role,
  row: PermissionRow,
  held: ModulePermission | undefined,
  update: (row: PermissionRow) => void,
): ModuleControls {
  const { shown, locked } = matrixCell(role, row);
  const name = MODULE_LABELS[row.module];
  const lockedTitle = `Included in the ${ROLE_LABELS[role]} role`;
  const off = !shown.canAccess;
  const level = (kind: 'see' | 'edit', lvl: ConfidentialLevel) => {
    const isLocked = (kind === 'see' ? locked.seeLevels : locked.editLevels).includes(lvl);
    const checked = (kind === 'see' ? shown.seeLevels : shown.editLevels).includes(lvl);
    const notHeld = held !== undefined && !(kind === 'see' ? held.seeLevels : held.editLevels).includes(lvl);
    return {
      level: lvl,
      label: `${name}: ${kind} level ${lvl}`,
      checked,
      disabled: off || isLocked || (notHeld && !checked),
      title: isLocked ? lockedTitle : notHeld && !checked ? 'You do not hold this level' : undefined,
      onChange: (on: boolean) => update((kind === 'see' ? setSeeLevel : setEditLevel)(row, lvl, on)),
    };
  };
  return {
    name,
    access: {
      label: `${name}: access`,
      checked: shown.canAccess,
      disabled: locked.canAccess,
      title: locked.canAccess ? lockedTitle : undefined,
      onChange: (on) => update({ ...row, canAccess: on }),
    },
    moduleAdmin: {
      label: `${name}: module admin`,
      checked: shown.isModuleAdmin,
      disabled: off || locked.isModuleAdmin,
      title: locked.isModuleAdmin ? lockedTitle : undefined,
      onChange: (on) => update({ ...row, isModuleAdmin: on }),
    },
    seeScope: {
      label: `${name}: see scope`,
      value: shown.seeScope,
      data: SEE_SCOPES.map((value) => ({ value, label: SCOPE_LABELS[value] })),
      disabled: off || locked.seeScope,
      title: locked.seeScope ? lockedTitle : undefined,
      onChange: (v) => {
        if (isSeeScope(v)) update(setSeeScope(row, v));
      },
    },
    editScope: {
      label: `${name}: edit scope`,
      value: shown.editScope,
      data: EDIT_SCOPES.map((value) => ({ value, label: SCOPE_LABELS[value], disabled: value === 'ALL' && shown.seeScope !== 'ALL' })),
      disabled: off || locked.editScope,
      title: locked.editScope ? lockedTitle : undefined,
      onChange: (v) => {
        if (isEditScope(v)) update({ ...row, editScope: v });
      },
    },
    levels: { see: CONFIDENTIAL_LEVELS.map((l) => level('see', l)), edit: CONFIDENTIAL_LEVELS.map((l) => level('edit', l)) },
  };
}
