import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { emailError, nameError } from '../../../lib/field-rules';
import { splitUserErrors, type UserErrorLike } from '../../../lib/user-errors';
import { FormAlert } from '../../../ui/form-alert';
import { useReportDirty } from '../../../ui/unsaved-changes';

export interface ExternalUserFormValues {
  firstName: string;
  lastName: string;
  email: string;
}

const FIELDS = ['firstName', 'lastName', 'email'];

export interface ExternalUserFormProps {
  readonly initialValues: ExternalUserFormValues;
  /** Editing: the email is shown read-only (it is fixed once the person exists). */
  readonly isEditing: boolean;
  /** Save; resolves to the userErrors (empty when saved). */
  readonly onSubmit: (values: ExternalUserFormValues) => Promise<readonly UserErrorLike[]>;
  readonly onCancel: () => void;
  /** Further actions beside Cancel (Promote to Employee). */
  readonly actions?: ReactNode;
}

/** Add / Edit External User: first name, last name, email. */
export function ExternalUserForm({ initialValues, isEditing, onSubmit, onCancel, actions }: ExternalUserFormProps) {
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => firstField.current?.focus(), []);
  const form = useForm<ExternalUserFormValues>({
    initialValues,
    validate: {
      firstName: (v) => nameError(v, 'Enter a first name.'),
      lastName: (v) => nameError(v, 'Enter a last name.'),
      email: (v) => (isEditing ? null : emailError(v)),
    },
  });
  useReportDirty(form.isDirty());
  const [general, setGeneral] = useState<readonly string[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    setGeneral([]);
    const errors = await onSubmit(v).finally(() => setSaving(false));
    const split = splitUserErrors(errors, FIELDS);
    form.setErrors(split.byField);
    setGeneral(split.general);
  });

  return (
    <form onSubmit={submit} noValidate aria-label={isEditing ? 'Edit external user' : 'Add external user'}>
      <Stack>
        <FormAlert messages={general} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" required data-autofocus ref={firstField} {...form.getInputProps('firstName')} />
          <TextInput label="Last name" required {...form.getInputProps('lastName')} />
        </SimpleGrid>
        <TextInput
          label="Email"
          type="email"
          required={!isEditing}
          readOnly={isEditing}
          variant={isEditing ? 'filled' : 'default'}
          description={isEditing ? 'An email is fixed once the person is created.' : undefined}
          {...form.getInputProps('email')}
        />
        <Group justify="space-between">
          <Group gap="xs">{actions}</Group>
          <Group gap="xs">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
