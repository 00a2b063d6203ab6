import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface MembersLayoutProps {
  /** The link back to the list, two path segments up. */
  readonly backLabel: string;
  readonly name: string;
  readonly description?: string | null;
  readonly onAdd: () => void;
  /** The member list and the add dialog. */
  readonly children: ReactNode;
}

/** The frame of a members page: back link, "<name>: members", and an "Add members" button. */
export function MembersLayout({ backLabel, name, description, onAdd, children }: MembersLayoutProps) {
  return (
    <Stack>
      <Anchor component={Link} to="../.." relative="path" size="sm">
        {backLabel}
      </Anchor>
      <Group justify="space-between">
        <div>
          <Title order={2} size="h3">
            {name}: members
          </Title>
          {description && <Text size="sm">{description}</Text>}
        </div>
        <Button onClick={onAdd}>Add members</Button>
      </Group>
      {children}
    </Stack>
  );
}
