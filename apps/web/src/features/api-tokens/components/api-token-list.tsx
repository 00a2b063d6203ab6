import { ROLE_LABELS } from '@gatehouse/access';
import { Badge, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { ApiTokenFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatShortDate } from '../../../lib/format';
import { TruncatedText } from '../../../ui/truncated-text';
import { useNarrow } from '../../../ui/use-narrow';
import { STATUS_COLORS, STATUS_LABELS } from '../labels';

export interface ApiTokenListProps {
  readonly tokens: readonly ApiTokenFieldsFragment[];
}

function creatorOf(t: ApiTokenFieldsFragment): string {
  return t.createdBy ? (t.createdBy.fullName ?? 'a deleted person') : 'a deleted person';
}

function StatusBadge({ token }: { readonly token: ApiTokenFieldsFragment }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[token.status]} size="sm">
      {STATUS_LABELS[token.status]}
    </Badge>
  );
}

/** The row action: revoke (a confirmation route), only while the token still works. */
function RevokeLink({ token }: { readonly token: ApiTokenFieldsFragment }) {
  if (token.status !== 'ACTIVE') return null;
  return (
    <Button component={Link} to={`${token.id}/revoke`} variant="subtle" color="red" size="compact-sm" aria-label={`Revoke ${token.name}`}>
      Revoke
    </Button>
  );
}

/** Fixed layout: the table is as wide as its container, and long names are cut to fit. */
const layout = { whiteSpace: 'nowrap', tableLayout: 'fixed' } as const;

function ApiTokenTable({ tokens }: ApiTokenListProps) {
  return (
    <Table aria-label="API tokens" striped highlightOnHover verticalSpacing={6} horizontalSpacing="xs" style={layout}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th w={110}>Role</Table.Th>
          <Table.Th w={90}>Status</Table.Th>
          <Table.Th>Created</Table.Th>
          <Table.Th w={120}>Expires</Table.Th>
          <Table.Th w={170}>Last used</Table.Th>
          <Table.Th w={90}>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tokens.map((t) => (
          <Table.Tr key={t.id}>
            <Table.Td>
              <TruncatedText>{t.name}</TruncatedText>
            </Table.Td>
            <Table.Td>{ROLE_LABELS[t.role]}</Table.Td>
            <Table.Td>
              <StatusBadge token={t} />
            </Table.Td>
            <Table.Td>
              <TruncatedText>{`${formatShortDate(t.createdAt)} by ${creatorOf(t)}`}</TruncatedText>
            </Table.Td>
            <Table.Td title={t.expiresAt ? formatDateTime(t.expiresAt) : undefined}>{t.expiresAt ? formatShortDate(t.expiresAt) : 'Never'}</Table.Td>
            <Table.Td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never used'}</Table.Td>
            <Table.Td ta="right">
              <RevokeLink token={t} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ApiTokenCards({ tokens }: ApiTokenListProps) {
  return (
    <Stack component="ul" aria-label="API tokens" gap="xs" m={0} p={0} miw={0} style={{ listStyle: 'none' }}>
      {tokens.map((t) => (
        <Paper component="li" key={t.id} withBorder p="xs">
          <Group wrap="nowrap" align="flex-start" gap="sm">
            <Stack gap={2} miw={0} style={{ flex: 1 }}>
              <Text fw={600} truncate="end" title={t.name}>
                {t.name}
              </Text>
              <Group gap={6}>
                <Badge variant="outline" color="gray" size="sm">
                  {ROLE_LABELS[t.role]}
                </Badge>
                <StatusBadge token={t} />
              </Group>
              {/* Facts wrap rather than lose their end (the time of last use) beside Revoke. */}
              <Text size="xs" c="dimmed">
                {`Created ${formatShortDate(t.createdAt)} by ${creatorOf(t)}`}
              </Text>
              <Text size="xs" c="dimmed">
                {`Expires ${t.expiresAt ? formatShortDate(t.expiresAt) : 'never'} · ${t.lastUsedAt ? `last used ${formatDateTime(t.lastUsedAt)}` : 'never used'}`}
              </Text>
            </Stack>
            <RevokeLink token={t} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** The token list: a table on wide screens, a card per token below 1200 px. */
export function ApiTokenList({ tokens }: ApiTokenListProps) {
  return useNarrow() ? <ApiTokenCards tokens={tokens} /> : <ApiTokenTable tokens={tokens} />;
}
