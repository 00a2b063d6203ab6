import {
  CONFIDENTIAL_LEVELS,
  EDIT_SCOPES,
  MODULE_LABELS,
  ROLE_LABELS,
  SEE_SCOPES,
  emptyPermission,
  isEditScope,
  isSeeScope,
  lockedParts,
  MODULES,
  type ConfidentialLevel,
  type EditScope,
  type ModulePermission,
  type Role,
} from '@gatehouse/access';
import { Checkbox, NativeSelect, Table, Text } from '@mantine/core';
import { matrixCell, setEditLevel, setSeeLevel, setSeeScope, type PermissionRow } from '../permission-rows';

export interface PermissionMatrixProps {
  readonly role: Role;
  readonly rows: readonly PermissionRow[];
  readonly onChange: (rows: PermissionRow[]) => void;
  /** The editor's own effective permissions: levels they do not hold cannot be newly granted. */
  readonly held?: readonly ModulePermission[];
  readonly error?: string | null;
}

/** Every see scope is an edit scope too, so one label table serves both selects. */
const SCOPE_LABELS: Readonly<Record<EditScope, string>> = { ALL: 'All', DEPARTMENT: 'Department', NONE: 'None' };
const SEE_OPTIONS = SEE_SCOPES.map((value) => ({ value, label: SCOPE_LABELS[value] }));

/** True when the role locks any part of any module (the legend explains greyed boxes only then). */
function roleIncludesSomething(role: Role): boolean {
  return MODULES.some((module) => {
    const locked = lockedParts(role, module);
    return locked.canAccess || locked.isModuleAdmin || locked.seeScope || locked.editScope || locked.seeLevels.length > 0;
  });
}

interface RowProps {
  readonly role: Role;
  readonly row: PermissionRow;
  readonly held: ModulePermission | undefined;
  readonly update: (row: PermissionRow) => void;
}

function ModuleRows({ role, row, held, update }: RowProps) {
  const { shown, locked } = matrixCell(role, row);
  const name = MODULE_LABELS[row.module];
  const lockedTitle = `Included in the ${ROLE_LABELS[role]} role`;
  const off = !shown.canAccess;
  const levelCell = (kind: 'see' | 'edit', level: ConfidentialLevel) => {
    const isLocked = (kind === 'see' ? locked.seeLevels : locked.editLevels).includes(level);
    const checked = (kind === 'see' ? shown.seeLevels : shown.editLevels).includes(level);
    const notHeld = held !== undefined && !(kind === 'see' ? held.seeLevels : held.editLevels).includes(level);
    const title = isLocked ? lockedTitle : notHeld && !checked ? 'You do not hold this level' : undefined;
    return (
      <Table.Td key={level} title={title}>
        <Checkbox
          size="xs"
          aria-label={`${name}: ${kind} level ${level}`}
          checked={checked}
          disabled={off || isLocked || (notHeld && !checked)}
          onChange={(e) =>
            update((kind === 'see' ? setSeeLevel : setEditLevel)(row, level, e.currentTarget.checked))
          }
        />
      </Table.Td>
    );
  };
  return (
    <>
      <Table.Tr>
        <Table.Th rowSpan={2} scope="rowgroup">
          {name}
        </Table.Th>
        <Table.Td rowSpan={2} title={locked.canAccess ? lockedTitle : undefined}>
          <Checkbox
            aria-label={`${name}: access`}
            checked={shown.canAccess}
            disabled={locked.canAccess}
            onChange={(e) => update({ ...row, canAccess: e.currentTarget.checked })}
          />
        </Table.Td>
        <Table.Td rowSpan={2} title={locked.isModuleAdmin ? lockedTitle : undefined}>
          <Checkbox
            aria-label={`${name}: module admin`}
            checked={shown.isModuleAdmin}
            disabled={off || locked.isModuleAdmin}
            onChange={(e) => update({ ...row, isModuleAdmin: e.currentTarget.checked })}
          />
        </Table.Td>
        <Table.Td rowSpan={2} title={locked.seeScope ? lockedTitle : undefined}>
          <NativeSelect
            size="xs"
            aria-label={`${name}: see scope`}
            data={SEE_OPTIONS}
            value={shown.seeScope}
            disabled={off || locked.seeScope}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isSeeScope(v)) update(setSeeScope(row, v));
            }}
          />
        </Table.Td>
        <Table.Td rowSpan={2} title={locked.editScope ? lockedTitle : undefined}>
          <NativeSelect
            size="xs"
            aria-label={`${name}: edit scope`}
            data={EDIT_SCOPES.map((value) => ({
              value,
              label: SCOPE_LABELS[value],
              disabled: value === 'ALL' && shown.seeScope !== 'ALL',
            }))}
            value={shown.editScope}
            disabled={off || locked.editScope}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isEditScope(v)) update({ ...row, editScope: v });
            }}
          />
        </Table.Td>
        <Table.Th scope="row">See</Table.Th>
        {CONFIDENTIAL_LEVELS.map((level) => levelCell('see', level))}
      </Table.Tr>
      <Table.Tr>
        <Table.Th scope="row">Edit</Table.Th>
        {CONFIDENTIAL_LEVELS.map((level) => levelCell('edit', level))}
      </Table.Tr>
    </>
  );
}

/**
 * The module-permission matrix (SPEC §2): a row per module with access, module
 * admin, scopes and a see and an edit box for each confidential level. What the
 * role already includes is ticked, greyed and disabled.
 */
export function PermissionMatrix({ role, rows, onChange, held, error }: PermissionMatrixProps) {
  const update = (next: PermissionRow) => onChange(rows.map((r) => (r.module === next.module ? next : r)));
  return (
    <div>
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label="Module permissions" withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2}>Module</Table.Th>
              <Table.Th rowSpan={2}>Access</Table.Th>
              <Table.Th rowSpan={2}>Module admin</Table.Th>
              <Table.Th rowSpan={2}>See scope</Table.Th>
              <Table.Th rowSpan={2}>Edit scope</Table.Th>
              <Table.Th colSpan={11}>Confidential levels</Table.Th>
            </Table.Tr>
            <Table.Tr>
              <Table.Th />
              {CONFIDENTIAL_LEVELS.map((level) => (
                <Table.Th key={level}>{level}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <ModuleRows
                key={row.module}
                role={role}
                row={row}
                held={held ? (held.find((h) => h.module === row.module) ?? emptyPermission(row.module)) : undefined}
                update={update}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt={4}>
        {roleIncludesSomething(role)
          ? `Ticked, greyed boxes are included in the ${ROLE_LABELS[role]} role. `
          : `The ${ROLE_LABELS[role]} role includes nothing: grant each module here. `}
        Edit levels are always among the see levels; ticking one sets the edit scope to Department when it was None.
      </Text>
      {error && (
        <Text size="sm" c="red" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
