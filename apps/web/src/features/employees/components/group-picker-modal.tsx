import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { NamedOption } from '../hooks/use-employee-options';

export interface GroupPickerModalProps {
  readonly groups: readonly NamedOption[];
  readonly selected: readonly string[];
  readonly onDone: (ids: string[]) => void;
  readonly onClose: () => void;
}

/** Up to this many groups fit at a glance; more get a search box. */
const SEARCH_FROM = 9;

/**
 * "Manage groups": every user group of the account with a checkbox. Ticks on
 * groups the search hides are kept: the search narrows what is shown, not what is chosen.
 */
export function GroupPickerModal({ groups, selected, onDone, onClose }: GroupPickerModalProps) {
  const [ids, setIds] = useState<string[]>([...selected]);
  const [search, setSearch] = useState('');
  const needle = search.trim().toLocaleLowerCase();
  const shown = needle ? groups.filter((g) => g.name.toLocaleLowerCase().includes(needle)) : groups;
  return (
    <Modal opened onClose={onClose} title="Manage groups" centered>
      <Stack>
        {groups.length === 0 ? (
          <Text size="sm">There are no user groups yet. Create them on the User Groups tab.</Text>
        ) : (
          <>
            {groups.length >= SEARCH_FROM && (
              <TextInput
                label="Search groups"
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                data-autofocus
              />
            )}
            <ScrollArea.Autosize mah={360}>
              <Checkbox.Group label="User groups" value={ids} onChange={setIds}>
                <Stack gap="xs" mt="xs">
                  {shown.length === 0 && (
                    <Text size="sm" c="dimmed">
                      No group matches “{search.trim()}”.
                    </Text>
                  )}
                  {shown.map((g) => (
                    <Checkbox key={g.id} value={g.id} label={g.name} description={g.description ?? undefined} />
                  ))}
                </Stack>
              </Checkbox.Group>
            </ScrollArea.Autosize>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => onDone(ids)}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
