import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { AuditEventsDocument, type AuditEventsQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ClearFiltersEmpty } from '../../../ui/clear-filters-empty';
import { PageLoader } from '../../../ui/page-loader';
import { useNarrow } from '../../../ui/use-narrow';
import { RequireArea } from '../../auth';
import { AuditDiff, AuditSentence } from '../components/audit-event-text';
import { AuditFiltersBar } from '../components/audit-filters-bar';
import { toAuditEventFilter, useAuditFilters } from '../hooks/use-audit-filters';

const PAGE = 50;

/**
 * `/settings/audit`: who did what to whom, newest first, as sentences, filterable, with "Load more".
 * The guard wraps the component that queries, so someone without access never
 * sends the query (the server would refuse it and the refusal would show as a toast).
 */
export function AuditPage() {
  useDocumentTitle('Audit log · Gatehouse');
  return (
    <RequireArea area="USERS">
      <AuditLog />
    </RequireArea>
  );
}

function AuditLog() {
  const { filters, set, clear, filtered } = useAuditFilters();
  const narrow = useNarrow();
  const { data, loading, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { first: PAGE, filter: toAuditEventFilter(filters) },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.auditEvents;
  const events = connection?.edges.map((e) => e.node) ?? [];
  return (
    <Stack>
      <Title order={1} size="h2">
        Audit log
      </Title>
      <AuditFiltersBar filters={filters} set={set} />
      {loading && !connection ? (
        <PageLoader label="Loading audit log" />
      ) : events.length === 0 ? (
        <ClearFiltersEmpty filtered={filtered} onClear={clear} nothing="Nothing recorded yet." />
      ) : (
        <AuditEvents events={events} narrow={narrow} />
      )}
      {connection && events.length > 0 && (
        <Group justify="space-between">
          {/* No total: counting a log of millions of events costs far more than its page. */}
          <Text size="sm" c="dimmed">{`${events.length} shown`}</Text>
          {connection.pageInfo.hasNextPage && (
            <Button variant="default" size="xs" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
              Load more
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

type AuditEventNode = NonNullable<AuditEventsQuery['auditEvents']>['edges'][number]['node'];

/** The events as a table with a When column, or on a narrow screen as a list with the time above each sentence. */
function AuditEvents({ events, narrow }: { readonly events: readonly AuditEventNode[]; readonly narrow: boolean }) {
  if (narrow) {
    return (
      <Stack component="ul" aria-label="Audit events" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {events.map((e) => (
          <li key={e.id}>
            <Text size="xs" c="dimmed">
              {formatDateTime(e.at)}
            </Text>
            <AuditSentence event={e} />
            <AuditDiff event={e} />
          </li>
        ))}
      </Stack>
    );
  }
  return (
    <Table aria-label="Audit events" striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>When</Table.Th>
          <Table.Th>What happened</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              <Text size="sm">{formatDateTime(e.at)}</Text>
            </Table.Td>
            <Table.Td>
              <AuditSentence event={e} />
              <AuditDiff event={e} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
