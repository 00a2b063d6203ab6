import { CONFIDENTIAL_LEVELS, ROLE_LABELS, emptyPermission, lockedParts, MODULES, type ModulePermission, type Role } from '@gatehouse/access';
import { Checkbox, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useNarrow } from '../../../ui/use-narrow';
import type { PermissionRow } from '../permission-rows';
import { ModulePermissionCard } from './module-permission-card';
import { moduleControls, type ModuleControls } from './module-permission-controls';

export interface PermissionMatrixProps {
  readonly role: Role;
  readonly rows: readonly PermissionRow[];
  readonly onChange: (rows: PermissionRow[]) => void;
  /** The editor's own effective permissions: levels they do not hold cannot be newly granted. */
  readonly held?: readonly ModulePermission[];
  readonly error?: string | null;
}

/** True when the role locks any part of any module (the legend explains greyed boxes only then). */
function roleIncludesSomething(role: Role): boolean {
  return MODULES.some((module) => {
    const locked = lockedParts(role, module);
    return locked.canAccess || locked.isModuleAdmin || locked.seeScope || locked.editScope || locked.seeLevels.length > 0;
  });
}

function ModuleRows({ controls }: { readonly controls: ModuleControls }) {
  const { name, access, moduleAdmin, seeScope, editScope, levels } = controls;
  const levelCells = (kind: 'see' | 'edit') =>
    levels[kind].map((b) => (
      <Table.Td key={b.level} title={b.title}>
        <Checkbox size="xs" aria-label={b.label} checked={b.checked} disabled={b.disabled} onChange={(e) => b.onChange(e.currentTarget.checked)} />
      </Table.Td>
    ));
  return (
    <>
      <Table.Tr>
        <Table.Th rowSpan={2} scope="rowgroup">
          {name}
        </Table.Th>
        {[access, moduleAdmin].map((box) => (
          <Table.Td key={box.label} rowSpan={2} title={box.title}>
            <Checkbox aria-label={box.label} checked={box.checked} disabled={box.disabled} onChange={(e) => box.onChange(e.currentTarget.checked)} />
          </Table.Td>
        ))}
        {[seeScope, editScope].map((scope) => (
          <Table.Td key={scope.label} rowSpan={2} title={scope.title}>
            <NativeSelect
              size="xs"
              miw={112}
              aria-label={scope.label}
              data={scope.data}
              value={scope.value}
              disabled={scope.disabled}
              onChange={(e) => scope.onChange(e.currentTarget.value)}
            />
          </Table.Td>
        ))}
        <Table.Th scope="row">See</Table.Th>
        {levelCells('see')}
      </Table.Tr>
      <Table.Tr>
        <Table.Th scope="row">Edit</Table.Th>
        {levelCells('edit')}
      </Table.Tr>
    </>
  );
}

/**
 * The module-permission matrix: a row per module with access, module
 * admin, scopes and a see and an edit box for each confidential level. What the
 * role already includes is ticked, greyed and disabled. On narrow screens each module is a
 * card with the same controls, so nothing is cut off.
 */
export function PermissionMatrix({ role, rows, onChange, held, error }: PermissionMatrixProps) {
  const update = (next: PermissionRow) => onChange(rows.map((r) => (r.module === next.module ? next : r)));
  const narrow = useNarrow();
  const controls = rows.map((row) =>
    moduleControls(role, row, held ? (held.find((h) => h.module === row.module) ?? emptyPermission(row.module)) : undefined, update),
  );
  return (
    <div>
      {narrow ? (
        <Stack gap="xs" aria-label="Module permissions" role="group">
          {controls.map((c) => (
            <ModulePermissionCard key={c.name} controls={c} />
          ))}
        </Stack>
      ) : (
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
              {controls.map((c) => (
                <ModuleRows key={c.name} controls={c} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
