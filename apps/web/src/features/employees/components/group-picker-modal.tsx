import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { NamedOption } from '../hooks/use-employee-options';

export interface GroupPickerModalProps {
  readonly groups: readonly NamedOption[];
  readonly selected: readonly string[];
  readonly onDone: (ids: string[]) => void;
  readonly onClose: () => void;
}

/** "Manage groups": every user group of the account with a checkbox. */
export function GroupPickerModal({ groups, selected, onDone, onClose }: GroupPickerModalProps) {
  const [ids, setIds] = useState<string[]>([...selected]);
  return (
    <Modal opened onClose={onClose} title="Manage groups" centered>
      <Stack>
        {groups.length === 0 ? (
          <Text size="sm">There are no user groups yet. Create them on the User Groups tab.</Text>
        ) : (
          <ScrollArea.Autosize mah={360}>
            <Checkbox.Group label="User groups" value={ids} onChange={setIds}>
              <Stack gap="xs" mt="xs">
                {groups.map((g) => (
                  <Checkbox key={g.id} value={g.id} label={g.name} description={g.description ?? undefined} />
                ))}
              </Stack>
            </Checkbox.Group>
          </ScrollArea.Autosize>
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
