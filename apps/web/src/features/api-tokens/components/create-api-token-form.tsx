import { API_TOKEN_ROLES, ROLE_LABELS, type ApiTokenRole } from '@gatehouse/access';
import { cleanName } from '@gatehouse/contracts';
import { Button, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CreateApiTokenInput } from '../../../gql/graphql';
import { nameError } from '../../../lib/field-rules';
import { splitUserErrors, type UserErrorLike } from '../../../lib/user-errors';
import { FormAlert } from '../../../ui/form-alert';
import { useReportDirty } from '../../../ui/unsaved-changes';
import { EXPIRY_CHOICES, expiryOf, isExpiryChoice, type ExpiryChoice } from '../labels';

/** What each role lets a client app do, in a line: the role's own rights, as a token holds no stored permissions. */
const ROLE_HINTS: Readonly<Record<ApiTokenRole, string>> = {
  USER_ADMIN: 'Manages employees, departments and groups, reads the audit log; every module below confidential levels.',
  ADMIN: 'Every module below confidential levels; no user settings.',
  GENERAL: 'No settings and no module: a token has no per-person module permissions.',
};

export interface CreateApiTokenFormProps {
  /** Sends the input; resolves to its userErrors (empty on success), or null when there was no payload. */
  readonly onSubmit: (input: CreateApiTokenInput) => Promise<readonly UserErrorLike[] | null>;
  readonly onCancel: () => void;
  readonly saving: boolean;
}

/** Name, role (never account admin) and expiry of a new token; userErrors show beside their field. */
export function CreateApiTokenForm({ onSubmit, onCancel, saving }: CreateApiTokenFormProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiTokenRole>('GENERAL');
  const [expiry, setExpiry] = useState<ExpiryChoice>('365');
  const [errors, setErrors] = useState(splitUserErrors([], []));
  useReportDirty(name !== '' || role !== 'GENERAL' || expiry !== '365');

  const save = async () => {
    const invalid = nameError(name, 'Enter a name, e.g. the app that will use it.');
    if (invalid) {
      setErrors({ byField: { name: invalid }, general: [] });
      return;
    }
    const userErrors = await onSubmit({ name: cleanName(name), role, expiresAt: expiryOf(expiry, new Date()) });
    if (userErrors) setErrors(splitUserErrors(userErrors, ['name', 'role', 'expiresAt']));
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack>
        <FormAlert messages={errors.general} />
        <TextInput
          label="Name"
          description="What it is for, e.g. the app that will use it."
          required
          value={name}
          error={errors.byField['name']}
          onChange={(e) => setName(e.currentTarget.value)}
          data-autofocus
        />
        <Radio.Group
          label="Role"
          description="The token has exactly this role's rights in this account. Account admin is not offered: a token never manages the account."
          value={role}
          onChange={(value) => setRole(API_TOKEN_ROLES.find((r) => r === value) ?? role)}
          error={errors.byField['role']}
        >
          <Stack gap="xs" mt="xs">
            {API_TOKEN_ROLES.map((r) => (
              <Radio key={r} value={r} label={ROLE_LABELS[r]} description={ROLE_HINTS[r]} />
            ))}
          </Stack>
        </Radio.Group>
        <Select
          label="Expires"
          data={EXPIRY_CHOICES.map((c) => ({ value: c.value, label: c.label }))}
          value={expiry}
          onChange={(value) => isExpiryChoice(value) && setExpiry(value)}
          allowDeselect={false}
          error={errors.byField['expiresAt']}
        />
        <Text size="xs" c="dimmed">
          The token is shown once, right after it is created. Gatehouse keeps only a hash of it.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
