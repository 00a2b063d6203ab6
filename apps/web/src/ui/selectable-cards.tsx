import { Anchor, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { selectAllProps, type SelectableListProps, type SelectableRow } from './selection';

export interface SelectableCardsProps<R extends SelectableRow & { readonly email: string }> extends SelectableListProps<R> {
  /** The list's accessible name ("Employees"). */
  readonly label: string;
  /** What a card shows under the name and email. */
  readonly details: (row: R) => ReactNode;
}

/**
 * A people list on phones and narrow tablets: a card per person, selection at the left, name
 * and email, then the list's own details. Tapping a card opens its drawer. Nothing is wider
 * than the screen: long names and emails are cut, whole on hover and in the drawer.
 */
export function SelectableCards<R extends SelectableRow & { readonly email: string }>(props: SelectableCardsProps<R>) {
  const { rows, selected, onSelect, hrefFor, onOpen, label, details } = props;
  return (
    <Stack gap="xs" miw={0}>
      <Checkbox label="Select all on this page" {...selectAllProps(props)} />
      <Stack component="ul" aria-label={label} gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {rows.map((r) => (
          <Paper component="li" key={r.id} withBorder p="xs" onClick={() => onOpen(r.id)} style={{ cursor: 'pointer' }}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Checkbox
                mt={2}
                aria-label={`Select ${r.fullName}`}
                checked={selected.has(r.id)}
                onClick={(ev) => ev.stopPropagation()}
                onChange={(ev) => onSelect([r], ev.currentTarget.checked)}
              />
              <Stack gap={2} miw={0} style={{ flex: 1 }}>
                <Anchor component={Link} to={hrefFor(r.id)} onClick={(ev) => ev.stopPropagation()} fw={600} truncate="end" title={r.fullName}>
                  {r.fullName}
                </Anchor>
                <Text size="sm" c="dimmed" truncate="end" title={r.email}>
                  {r.email}
                </Text>
                {details(r)}
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
