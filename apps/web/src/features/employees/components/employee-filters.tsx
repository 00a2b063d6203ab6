import { ROLES, ROLE_LABELS } from '@gatehouse/access';
import { Button, Collapse, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';
import type { NamedOption } from '../hooks/use-employee-options';
import { INVITATION_STATES, type EmployeeListParams, type FilterKey } from '../hooks/use-employee-list-params';
import { INVITATION_LABELS } from '../labels';

export interface EmployeeFiltersProps {
  readonly params: EmployeeListParams;
  readonly departments: readonly NamedOption[];
  readonly groups: readonly NamedOption[];
  readonly onChange: (key: FilterKey, value: string | null) => void;
  /** Narrow screens: the selects fold behind a "Filters" button, the search stays. */
  readonly folded?: boolean;
}

/** Widths that keep the search and all five selects on one line in the 1280 px layout. */
const SEARCH_WIDTH = 190;
const SELECT_WIDTH = 140;
/** "All departments" is the longest no-filter label. */
const DEPARTMENT_WIDTH = 164;

const noFilter = (label: string) => ({ value: '', label });

/** Search box and filters of the employee list; each change is written to the URL by `onChange`. */
export function EmployeeFilters({ params, departments, groups, onChange, folded = false }: EmployeeFiltersProps) {
  const [search, setSearch] = useState(params.search);
  const commitSearch = useDebouncedCallback((value: string) => onChange('q', value.trim() || null), 300);
  useEffect(() => setSearch(params.search), [params.search]);
  const [open, setOpen] = useState(false);
  const width = folded ? undefined : SELECT_WIDTH;
  const active = [params.departmentId, params.groupId, params.role, params.isActive, params.invitationState].filter((v) => v !== null).length;

  const searchBox = (
    <TextInput
      label="Search"
      placeholder="Name or email"
      type="search"
      w={folded ? undefined : SEARCH_WIDTH}
      style={folded ? { flex: 1 } : undefined}
      value={search}
      onChange={(e) => {
        setSearch(e.currentTarget.value);
        commitSearch(e.currentTarget.value);
      }}
    />
  );
  const selects: ReactNode = (
    <>
      <NativeSelect
        w={folded ? undefined : DEPARTMENT_WIDTH}
        label="Department"
        value={params.departmentId ?? ''}
        data={[noFilter('All departments'), ...departments.map((d) => ({ value: d.id, label: d.name }))]}
        onChange={(e) => onChange('department', e.currentTarget.value || null)}
      />
      <NativeSelect
        w={width}
        label="Group"
        value={params.groupId ?? ''}
        data={[noFilter('All groups'), ...groups.map((g) => ({ value: g.id, label: g.name }))]}
        onChange={(e) => onChange('group', e.currentTarget.value || null)}
      />
      <NativeSelect
        w={width}
        label="Role"
        value={params.role ?? ''}
        data={[noFilter('All roles'), ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))]}
        onChange={(e) => onChange('role', e.currentTarget.value || null)}
      />
      <NativeSelect
        w={width}
        label="Active"
        value={params.isActive === null ? '' : String(params.isActive)}
        data={[noFilter('Any'), { value: 'true', label: 'Active' }, { value: 'false', label: 'Inactive' }]}
        onChange={(e) => onChange('active', e.currentTarget.value || null)}
      />
      <NativeSelect
        w={width}
        label="Invitation"
        value={params.invitationState ?? ''}
        data={[noFilter('Any'), ...INVITATION_STATES.map((s) => ({ value: s, label: INVITATION_LABELS[s] }))]}
        onChange={(e) => onChange('invitation', e.currentTarget.value || null)}
      />
    </>
  );

  if (!folded) {
    return (
      <Group align="flex-end" gap="xs" wrap="nowrap">
        {searchBox}
        {selects}
      </Group>
    );
  }
  return (
    <>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        {searchBox}
        <Button variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {active > 0 ? `Filters (${active})` : 'Filters'}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          {selects}
        </SimpleGrid>
      </Collapse>
    </>
  );
}
