import { useMutation } from '@apollo/client/react';
import { isRole } from '@gatehouse/access';
import { Button, Group, Modal, MultiSelect, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  BulkUpdateEmployeesDocument,
  type BulkUpdateEmployeesInput,
  type EmployeeListFieldsFragment,
} from '../../../gql/graphql';
import { splitUserErrors, type SplitUserErrors } from '../../../lib/user-errors';
import { FormAlert } from '../../../ui/form-alert';
import type { NamedOption } from '../hooks/use-employee-options';
import type { RoleOption } from '../role-options';

export interface BulkEditModalProps {
  readonly employees: readonly EmployeeListFieldsFragment[];
  readonly departments: readonly NamedOption[];
  readonly groups: readonly NamedOption[];
  /** Roles, disabled where the editor may not grant them. */
  readonly roles: readonly RoleOption[];
  readonly onClose: (changed: boolean) => void;
}

const UNCHANGED = '';
const NO_DEPARTMENT = '__none__';
const FIELDS = ['departmentId', 'role', 'addGroupIds', 'removeGroupIds', 'isActive'];

interface Choice {
  department: string;
  role: string;
  add: string[];
  remove: string[];
  active: string;
}

/** The mutation input for the choices made; only what was changed is sent. */
export function bulkInput(ids: readonly string[], c: Choice): BulkUpdateEmployeesInput {
  return {
    employeeIds: [...ids],
    ...(c.department === NO_DEPARTMENT ? { clearDepartment: true } : {}),
    ...(c.department && c.department !== NO_DEPARTMENT ? { departmentId: c.department } : {}),
    ...(isRole(c.role) ? { role: c.role } : {}),
    ...(c.add.length > 0 ? { addGroupIds: c.add } : {}),
    ...(c.remove.length > 0 ? { removeGroupIds: c.remove } : {}),
    ...(c.active ? { isActive: c.active === 'true' } : {}),
  };
}

/** Set department, role, groups or active for every selected employee at once. */
export function BulkEditModal({ employees, departments, groups, roles, onClose }: BulkEditModalProps) {
  const [choice, setChoice] = useState<Choice>({ department: UNCHANGED, role: UNCHANGED, add: [], remove: [], active: UNCHANGED });
  const [errors, setErrors] = useState<SplitUserErrors>({ byField: {}, general: [] });
  const [bulkUpdate, { loading }] = useMutation(BulkUpdateEmployeesDocument, {
    refetchQueries: ['Employees', 'Departments', 'UserGroups'],
  });
  const groupData = groups.map((g) => ({ value: g.id, label: g.name }));
  const set = (change: Partial<Choice>) => setChoice((prev) => ({ ...prev, ...change }));
  const input = bulkInput(
    employees.map((e) => e.id),
    choice,
  );
  const nothingChosen = Object.keys(input).length === 1;

  const apply = async () => {
    const { data } = await bulkUpdate({ variables: { input } });
    const payload = data?.bulkUpdateEmployees;
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setErrors(splitUserErrors(payload.userErrors, FIELDS));
      return;
    }
    notifications.show({ color: 'green', message: `Updated ${payload.employees?.length ?? input.employeeIds.length} employees.` });
    onClose(true);
  };

  return (
    <Modal opened onClose={() => onClose(false)} title={`Bulk edit ${employees.length} employees`} centered size="lg">
      <Stack>
        <Text size="sm">Only the fields you change are applied; everything else stays as it is.</Text>
        <FormAlert messages={errors.general} />
        <NativeSelect
          label="Department"
          value={choice.department}
          error={errors.byField['departmentId']}
          data={[
            { value: UNCHANGED, label: 'Leave unchanged' },
            { value: NO_DEPARTMENT, label: 'No department' },
            ...departments.map((d) => ({ value: d.id, label: d.name })),
          ]}
          onChange={(e) => set({ department: e.currentTarget.value })}
        />
        <NativeSelect
          label="Role"
          value={choice.role}
          error={errors.byField['role']}
          data={[{ value: UNCHANGED, label: 'Leave unchanged' }, ...roles]}
          onChange={(e) => set({ role: e.currentTarget.value })}
        />
        <MultiSelect
          label="Add to groups"
          data={groupData}
          value={choice.add}
          error={errors.byField['addGroupIds']}
          onChange={(add) => set({ add, remove: choice.remove.filter((id) => !add.includes(id)) })}
          searchable
          clearable
        />
        <MultiSelect
          label="Remove from groups"
          data={groupData}
          value={choice.remove}
          error={errors.byField['removeGroupIds']}
          onChange={(remove) => set({ remove, add: choice.add.filter((id) => !remove.includes(id)) })}
          searchable
          clearable
        />
        <NativeSelect
          label="Active"
          value={choice.active}
          error={errors.byField['isActive']}
          data={[
            { value: UNCHANGED, label: 'Leave unchanged' },
            { value: 'true', label: 'Active' },
            { value: 'false', label: 'Inactive' },
          ]}
          onChange={(e) => set({ active: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            Cancel
          </Button>
          <Button onClick={() => void apply()} loading={loading} disabled={nothingChosen}>
            Apply to {employees.length} employees
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
