import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { EmployeeOrderField, EmployeesDocument, OrderDirection } from '../../../gql/graphql';
import { PageLoader } from '../../../ui/page-loader';

/** An employee as the picker lists them, enough to tell whether they are already a member. */
export interface PickerEmployee {
  readonly id: string;
  readonly department: { readonly id: string } | null;
  readonly userGroups: readonly { readonly id: string }[];
}

export interface EmployeePickerModalProps {
  readonly title: string;
  /** Employees already members: shown ticked and disabled. */
  readonly isMember: (employee: PickerEmployee) => boolean;
  readonly confirmLabel: (count: number) => string;
  readonly onConfirm: (ids: string[]) => Promise<void>;
  readonly onClose: () => void;
}

/** Search employees (on the server) and tick the ones to add. */
export function EmployeePickerModal({ title, isMember, confirmLabel, onConfirm, onClose }: EmployeePickerModalProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [ids, setIds] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const { data, loading } = useQuery(EmployeesDocument, {
    variables: { first: 30, filter: debounced ? { search: debounced } : {}, orderBy: { field: EmployeeOrderField.Name, direction: OrderDirection.Asc } },
  });
  const employees = data?.employees.edges.map((e) => e.node) ?? [];
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack>
        <TextInput label="Search employees" type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        {loading && !data ? (
          <PageLoader label="Searching" />
        ) : (
          <ScrollArea.Autosize mah={320}>
            <Checkbox.Group label="Employees" value={ids} onChange={setIds}>
              <Stack gap="xs" mt="xs">
                {employees.length === 0 && <Text size="sm">No employees match.</Text>}
                {employees.map((e) => {
                  const member = isMember(e);
                  return (
                    <Checkbox
                      key={e.id}
                      value={e.id}
                      label={member ? `${e.fullName} (already a member)` : e.fullName}
                      description={e.email}
                      disabled={member}
                    />
                  );
                })}
              </Stack>
            </Checkbox.Group>
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={ids.length === 0}
            loading={saving}
            onClick={() => {
              setSaving(true);
              void onConfirm(ids).finally(() => setSaving(false));
            }}
          >
            {confirmLabel(ids.length)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
