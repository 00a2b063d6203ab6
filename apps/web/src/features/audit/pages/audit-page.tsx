import { useQuery } from '@apollo/client/react';
import { Button, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { AuditEventsDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { PageLoader } from '../../../ui/page-loader';
import { RequireArea } from '../../auth';
import { auditDetails } from '../audit-details';

const PAGE = 50;

/**
 * `/settings/audit`: who did what to whom, newest first, with "Load more".
 * The guard wraps the component that queries, so someone without access never
 * sends the query (the server would refuse it and the refusal would show as a toast).
 */
export function AuditPage() {
  return (
    <RequireArea area="USERS">
      <AuditLog />
    </RequireArea>
  );
}

function AuditLog() {
  const { data, loading, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.auditEvents;
  const events = connection?.edges.map((e) => e.node) ?? [];
  return (
    <Stack>
      <Title order={1} size="h2">
        Audit log
      </Title>
      {loading && !connection ? (
        <PageLoader label="Loading audit log" />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table aria-label="Audit events" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Actor</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>{e.actor?.fullName ?? 'System'}</Table.Td>
                  <Table.Td>
                    <Code>{e.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    {e.targetType}
                    {e.targetId ? ` ${e.targetId}` : ''}
                  </Table.Td>
                  <Table.Td>
                    {auditDetails(e.data).map((line) => (
                      <Text key={line} size="xs" style={{ wordBreak: 'break-word' }}>
                        {line}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {connection && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {connection.totalCount === 0 ? 'Nothing recorded yet.' : `${events.length} of ${connection.totalCount}`}
          </Text>
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
