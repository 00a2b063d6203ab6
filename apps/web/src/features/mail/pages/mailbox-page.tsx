import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { MailboxDocument, type MailboxQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageLoader } from '../../../ui/page-loader';
import { useNarrow } from '../../../ui/use-narrow';
import { RequireArea } from '../../auth';
import { SendTestMailButton } from '../components/send-test-mail-button';
import { useMailboxAvailable } from '../hooks/use-mailbox-available';

const PAGE = 50;

type MailboxMessage = NonNullable<MailboxQuery['mailbox']>['edges'][number]['node'];

/**
 * `/mailbox` (development only): the mail this server would have sent for the account, newest
 * first; a message opens in a drawer (`/mailbox/:messageId`).
 */
export function MailboxPage() {
  useDocumentTitle('Mailbox · Gatehouse');
  const { available, loading } = useMailboxAvailable();
  return (
    <RequireArea area="USERS">
      {loading ? (
        <PageLoader label="Loading mailbox" />
      ) : available ? (
        <Mailbox />
      ) : (
        <Alert color="yellow" title="No mailbox here">
          The development mailbox exists only outside production. Mail from this server goes to its recipients.
        </Alert>
      )}
    </RequireArea>
  );
}

function Mailbox() {
  const narrow = useNarrow();
  const { data, loading, fetchMore } = useQuery(MailboxDocument, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.mailbox;
  const messages = connection?.edges.map((e) => e.node) ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Mailbox
          </Title>
          <Text size="sm" c="dimmed">
            Development only: the email this server sent for your account, kept here instead of being delivered.
          </Text>
        </Stack>
        <SendTestMailButton refreshMailbox />
      </Group>
      {loading && !connection ? (
        <PageLoader label="Loading mailbox" />
      ) : messages.length === 0 ? (
        <Alert color="gray" title="No mail yet">
          Invitations and other email will show up here.
        </Alert>
      ) : narrow ? (
        <MessageCards messages={messages} />
      ) : (
        <MessageTable messages={messages} />
      )}
      {connection?.pageInfo.hasNextPage && (
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            Load more
          </Button>
        </Group>
      )}
      <Outlet />
    </Stack>
  );
}

function MessageTable({ messages }: { readonly messages: readonly MailboxMessage[] }) {
  return (
    <Table aria-label="Messages" striped highlightOnHover verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={280}>To</Table.Th>
          <Table.Th>Subject</Table.Th>
          <Table.Th w={170}>Received</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {messages.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Td maw={280}>
              <Text size="sm" truncate="end" title={m.to}>
                {m.to}
              </Text>
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/mailbox/${m.id}`} size="sm">
                {m.subject}
              </Anchor>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Text size="sm">{formatDateTime(m.receivedAt)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function MessageCards({ messages }: { readonly messages: readonly MailboxMessage[] }) {
  return (
    <Stack component="ul" aria-label="Messages" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {messages.map((m) => (
        <Paper component="li" key={m.id} withBorder p="xs">
          <Stack gap={2} miw={0}>
            <Anchor component={Link} to={`/mailbox/${m.id}`} fw={600} size="sm" style={{ wordBreak: 'break-word' }}>
              {m.subject}
            </Anchor>
            {/* A long address may be cut (whole on hover); the time keeps its own line. */}
            <Text size="xs" c="dimmed" truncate="end" title={m.to}>
              {`To ${m.to}`}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(m.receivedAt)}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
