import { Button, Group, Input, Pill, Text } from '@mantine/core';
import { useState } from 'react';
import type { NamedOption } from '../hooks/use-employee-options';
import { GroupPickerModal } from './group-picker-modal';

export interface GroupChipsProps {
  readonly groups: readonly NamedOption[];
  readonly value: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly error?: string | null;
}

/** The employee's groups as removable chips, and a "Manage groups" dialog to pick them. */
export function GroupChips({ groups, value, onChange, error }: GroupChipsProps) {
  const [picking, setPicking] = useState(false);
  const chosen = groups.filter((g) => value.includes(g.id));
  return (
    <Input.Wrapper label="User groups" error={error} id="employee-groups">
      <Group gap="xs" mt={4} role="list" aria-label="User groups">
        {chosen.length === 0 && (
          <Text size="sm" c="dimmed">
            No groups
          </Text>
        )}
        {chosen.map((g) => (
          <Pill
            key={g.id}
            role="listitem"
            withRemoveButton
            removeButtonProps={{ 'aria-label': `Remove ${g.name}` }}
            onRemove={() => onChange(value.filter((id) => id !== g.id))}
          >
            {g.name}
          </Pill>
        ))}
        <Button size="xs" variant="light" onClick={() => setPicking(true)}>
          Manage groups
        </Button>
      </Group>
      {picking && (
        <GroupPickerModal
          groups={groups}
          selected={value}
          onClose={() => setPicking(false)}
          onDone={(ids) => {
            onChange(ids);
            setPicking(false);
          }}
        />
      )}
    </Input.Wrapper>
  );
}
