import { ROLES, ROLE_LABELS } from '@gatehouse/access';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { NamedOption } from '../hooks/use-employee-options';
import { INVITATION_STATES, type EmployeeListParams, type FilterKey } from '../hooks/use-employee-list-params';
import { INVITATION_LABELS } from '../labels';

export interface EmployeeFiltersProps {
  readonly params: EmployeeListParams;
  readonly departments: readonly NamedOption[];
  readonly groups: readonly NamedOption[];
  readonly onChange: (key: FilterKey, value: string | null) => void;
}

const noFilter = (label: string) => ({ value: '', label });

/** Search box and filters of the employee list; each change is written to the URL by `onChange`. */
export function EmployeeFilters({ params, departments, groups, onChange }: EmployeeFiltersProps) {
  const [search, setSearch] = useState(params.search);
  const commitSearch = useDebouncedCallback((value: string) => onChange('q', value.trim() || null), 300);
  useEffect(() => setSearch(params.search), [params.search]);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Name or email"
        type="search"
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          commitSearch(e.currentTarget.value);
        }}
      />
      <NativeSelect
        label="Department"
        value={params.departmentId ?? ''}
        data={[noFilter('All departments'), ...departments.map((d) => ({ value: d.id, label: d.name }))]}
        onChange={(e) => onChange('department', e.currentTarget.value || null)}
      />
      <NativeSelect
        label="Group"
        value={params.groupId ?? ''}
        data={[noFilter('All groups'), ...groups.map((g) => ({ value: g.id, label: g.name }))]}
        onChange={(e) => onChange('group', e.currentTarget.value || null)}
      />
      <NativeSelect
        label="Role"
        value={params.role ?? ''}
        data={[noFilter('All roles'), ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))]}
        onChange={(e) => onChange('role', e.currentTarget.value || null)}
      />
      <NativeSelect
        label="Active"
        value={params.isActive === null ? '' : String(params.isActive)}
        data={[noFilter('Active and inactive'), { value: 'true', label: 'Active' }, { value: 'false', label: 'Inactive' }]}
        onChange={(e) => onChange('active', e.currentTarget.value || null)}
      />
      <NativeSelect
        label="Invitation"
        value={params.invitationState ?? ''}
        data={[noFilter('Any invitation state'), ...INVITATION_STATES.map((s) => ({ value: s, label: INVITATION_LABELS[s] }))]}
        onChange={(e) => onChange('invitation', e.currentTarget.value || null)}
      />
    </Group>
  );
}
