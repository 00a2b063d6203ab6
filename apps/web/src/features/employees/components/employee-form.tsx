import { MODULES, isRole, principalPermission, type EmployeeSnapshot, type EmployeePrincipal, type Role } from '@gatehouse/access';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useReportDirty } from '../../../ui/unsaved-changes';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { emailError, nameError } from '../../../lib/field-rules';
import { splitUserErrors, type UserErrorLike } from '../../../lib/user-errors';
import { FormAlert } from '../../../ui/form-alert';
import type { NamedOption } from '../hooks/use-employee-options';
import type { PermissionRow } from '../permission-rows';
import { editBlockedReason, inactivateBlockedReason, roleLockReason, roleOptions } from '../role-options';
import { GroupChips } from './group-chips';
import { PermissionMatrix } from './permission-matrix';

export interface EmployeeFormValues {
  isActive: boolean;
  firstName: string;
  surname: string;
  email: string;
  /** '' for no department. */
  departmentId: string;
  role: Role;
  groupIds: string[];
  permissions: PermissionRow[];
}

/** Field names as the API's inputs name them, so userErrors land beside the right field. */
export const EMPLOYEE_FIELDS = ['isActive', 'firstName', 'surname', 'email', 'departmentId', 'role', 'groupIds', 'permissions'];

export interface EmployeeFormProps {
  readonly initialValues: EmployeeFormValues;
  /** The employee as saved, when editing; null when adding. */
  readonly before: EmployeeSnapshot | null;
  readonly actor: EmployeePrincipal;
  readonly departments: readonly NamedOption[];
  readonly groups: readonly NamedOption[];
  /** Save; resolves to the userErrors (empty when saved). */
  readonly onSubmit: (values: EmployeeFormValues, changed: { permissions: boolean }) => Promise<readonly UserErrorLike[]>;
  readonly onCancel: () => void;
  /**
   * The email of the initial values is shown read-only although the employee is new: Promote
   * to employee gives them the external user's email.
   */
  readonly isEmailFixed?: boolean;
}

/** Add / Edit Employee: details, department, role, groups and the module-permission matrix. */
export function EmployeeForm({ initialValues, before, actor, departments, groups, onSubmit, onCancel, isEmailFixed = false }: EmployeeFormProps) {
  const emailFixed = before !== null || isEmailFixed;
  const firstField = useRef<HTMLInputElement>(null);
  // The drawer's focus trap honours data-autofocus only when it opens; the edit form
  // arrives after its data has loaded, so it takes the focus itself.
  useEffect(() => firstField.current?.focus(), []);
  const form = useForm<EmployeeFormValues>({
    initialValues,
    validate: {
      firstName: (v) => nameError(v, 'Enter a first name.'),
      surname: (v) => nameError(v, 'Enter a surname.'),
      // The email is fixed once the employee exists, so only a new one is checked.
      email: (v) => (emailFixed ? null : emailError(v)),
    },
  });
  useReportDirty(form.isDirty());
  const [general, setGeneral] = useState<readonly string[]>([]);
  const [saving, setSaving] = useState(false);
  const { values } = form;
  const lockReason = roleLockReason(actor, before);
  const blocked = editBlockedReason(actor, before);
  const keepActive = inactivateBlockedReason(actor, before);
  const held = MODULES.map((m) => principalPermission(actor, m));

  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    setGeneral([]);
    const changed = { permissions: form.isDirty('permissions') || form.isDirty('role') };
    const errors = await onSubmit(v, changed).finally(() => setSaving(false));
    const split = splitUserErrors(errors, EMPLOYEE_FIELDS);
    form.setErrors(split.byField);
    setGeneral(split.general);
  });

  return (
    <form onSubmit={submit} noValidate aria-label={before ? 'Edit employee' : 'Add employee'}>
      <Stack>
        {blocked && (
          <Alert color="yellow" title="Read only">
            {blocked}
          </Alert>
        )}
        <FormAlert messages={general} />
        <Switch
          label="Active"
          disabled={keepActive !== null}
          description={keepActive ?? undefined}
          {...form.getInputProps('isActive', { type: 'checkbox' })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" required data-autofocus ref={firstField} {...form.getInputProps('firstName')} />
          <TextInput label="Surname" required {...form.getInputProps('surname')} />
        </SimpleGrid>
        <TextInput
          label="Email"
          type="email"
          required={!emailFixed}
          readOnly={emailFixed}
          variant={emailFixed ? 'filled' : 'default'}
          description={emailFixed ? 'An email is fixed once the person is created.' : undefined}
          {...form.getInputProps('email')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Department"
            data={[{ value: '', label: 'No department' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
            {...form.getInputProps('departmentId')}
          />
          <NativeSelect
            label="Role"
            data={roleOptions(actor, before)}
            disabled={lockReason !== null}
            description={lockReason ?? undefined}
            {...form.getInputProps('role')}
            onChange={(e) => {
              const role = e.currentTarget.value;
              if (isRole(role)) form.setFieldValue('role', role);
            }}
          />
        </SimpleGrid>
        <GroupChips
          groups={groups}
          value={values.groupIds}
          onChange={(ids) => form.setFieldValue('groupIds', ids)}
          error={typeof form.errors['groupIds'] === 'string' ? form.errors['groupIds'] : null}
        />
        <Title order={3} size="h5">
          Module permissions
        </Title>
        <PermissionMatrix
          role={values.role}
          rows={values.permissions}
          held={held}
          onChange={(rows) => form.setFieldValue('permissions', rows)}
          error={typeof form.errors['permissions'] === 'string' ? form.errors['permissions'] : null}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} disabled={blocked !== null}>
            Save User
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
