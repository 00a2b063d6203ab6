import { Anchor, Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ExternalUserFieldsFragment, ExternalUserOrderField, OrderDirection } from '../../../gql/graphql';
import { formatDateTime, formatShortDate } from '../../../lib/format';
import { SortableTh } from '../../../ui/sortable-th';
import { TruncatedText } from '../../../ui/truncated-text';

/** What the table and the cards show and do: the page's external users and their selection. */
export interface ExternalUserListViewProps {
  readonly people: readonly ExternalUserFieldsFragment[];
  readonly selected: { has(id: string): boolean };
  readonly onSelect: (rows: readonly ExternalUserFieldsFragment[], on: boolean) => void;
  /** Where a row leads: the edit drawer, keeping the list's URL state. */
  readonly hrefFor: (id: string) => string;
  readonly onOpen: (id: string) => void;
}

function selectAllProps(props: ExternalUserListViewProps) {
  const here = props.people.filter((p) => props.selected.has(p.id)).length;
  return {
    checked: props.people.length > 0 && here === props.people.length,
    indeterminate: here > 0 && here < props.people.length,
    onChange: (e: { currentTarget: { checked: boolean } }) => props.onSelect(props.people, e.currentTarget.checked),
  };
}

/** One line per external user on wide screens, as the employee table: fixed layout, cells cut with an ellipsis. */
export function ExternalUserTable(
  props: ExternalUserListViewProps & { readonly sort: ExternalUserOrderField; readonly direction: OrderDirection; readonly onSort: (field: ExternalUserOrderField) => void },
) {
  const { people, sort, direction, onSort, selected, onSelect, hrefFor, onOpen } = props;
  const th = (field: ExternalUserOrderField, label: string, width: number | string) => (
    <SortableTh label={label} direction={sort === field ? direction : null} onSort={() => onSort(field)} w={width} />
  );
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table aria-label="External users" highlightOnHover striped verticalSpacing={6} horizontalSpacing={8} style={{ whiteSpace: 'nowrap', tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox aria-label="Select all external users on this page" {...selectAllProps(props)} />
            </Table.Th>
            {th('NAME', 'Name', '30%')}
            {th('EMAIL', 'Email', '35%')}
            <Table.Th w={90}>Open items</Table.Th>
            <Table.Th w={130}>Last verified</Table.Th>
            {th('CREATED_AT', 'Added', 120)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.id} onClick={() => onOpen(p.id)} style={{ cursor: 'pointer' }}>
              <Table.Td onClick={(ev) => ev.stopPropagation()}>
                <Checkbox aria-label={`Select ${p.fullName}`} checked={selected.has(p.id)} onChange={(ev) => onSelect([p], ev.currentTarget.checked)} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={hrefFor(p.id)} onClick={(ev) => ev.stopPropagation()} size="sm" truncate="end" display="block" title={p.fullName}>
                  {p.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <TruncatedText>{p.email}</TruncatedText>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.openItemCount}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={p.lastVerifiedAt ? formatDateTime(p.lastVerifiedAt) : undefined}>
                  {p.lastVerifiedAt ? formatShortDate(p.lastVerifiedAt) : 'Never'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={formatDateTime(p.createdAt)}>
                  {formatShortDate(p.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A card per external user on phones and narrow tablets: selection, name, email, when added. */
export function ExternalUserCards(props: ExternalUserListViewProps) {
  const { people, selected, onSelect, hrefFor, onOpen } = props;
  return (
    <Stack gap="xs" miw={0}>
      <Checkbox label="Select all on this page" {...selectAllProps(props)} />
      <Stack component="ul" aria-label="External users" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {people.map((p) => (
          <Paper component="li" key={p.id} withBorder p="xs" onClick={() => onOpen(p.id)} style={{ cursor: 'pointer' }}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Checkbox
                mt={2}
                aria-label={`Select ${p.fullName}`}
                checked={selected.has(p.id)}
                onClick={(ev) => ev.stopPropagation()}
                onChange={(ev) => onSelect([p], ev.currentTarget.checked)}
              />
              <Stack gap={2} miw={0} style={{ flex: 1 }}>
                <Anchor component={Link} to={hrefFor(p.id)} onClick={(ev) => ev.stopPropagation()} fw={600} truncate="end" title={p.fullName}>
                  {p.fullName}
                </Anchor>
                <Text size="sm" c="dimmed" truncate="end" title={p.email}>
                  {p.email}
                </Text>
                <Text size="xs" c="dimmed">
                  {p.openItemCount} open {p.openItemCount === 1 ? 'item' : 'items'} · verified {p.lastVerifiedAt ? formatShortDate(p.lastVerifiedAt) : 'never'} · added {formatShortDate(p.createdAt)}
                </Text>
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
