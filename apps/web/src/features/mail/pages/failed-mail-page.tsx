import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FailedMailDocument, type FailedMailQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageLoader } from '../../../ui/page-loader';
import { useNarrow } from '../../../ui/use-narrow';
import { RequireArea } from '../../auth';
import { SendTestMailButton } from '../components/send-test-mail-button';
import { useRetryMail } from '../hooks/use-retry-mail';

const PAGE = 50;

type FailedMail = NonNullable<FailedMailQuery['failedMail']>['edges'][number]['node'];

const TEMPLATE_LABELS: Readonly<Record<string, string>> = {
  invitation: 'Invitation',
  password_reset: 'Password reset',
  portal_link: 'Job or incident link',
  portal_code: 'Sign-in code',
  test_message: 'Test email',
};

/**
 * `/settings/mail`: emails that could not be delivered after every try, newest first, with the
 * provider's reason; an admin retries one, or several at once, once the cause is fixed.
 */
export function FailedMailPage() {
  useDocumentTitle('Failed mail · Gatehouse');
  return (
    <RequireArea area="USERS">
      <FailedMailList />
    </RequireArea>
  );
}

function FailedMailList() {
  const narrow = useNarrow();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { retry, retrying } = useRetryMail();
  const { data, loading, fetchMore } = useQuery(FailedMailDocument, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.failedMail;
  const mails = connection?.edges.map((e) => e.node) ?? [];
  const chosen = mails.filter((m) => selected.has(m.id)).map((m) => m.id);
  const select = (ids: readonly string[], on: boolean) =>
    setSelected((before) => {
      const next = new Set(before);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const retryIds = async (ids: readonly string[]) => {
    if (await retry(ids)) select(ids, false);
  };
  const view = { mails, selected, select, onRetry: (id: string) => void retryIds([id]), retrying };
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Failed mail
          </Title>
          <Text size="sm" c="dimmed">
            Emails that could not be delivered after every try. Fix the cause (the address, the mail settings), then retry.
          </Text>
        </Stack>
        <Group gap="xs">
          <SendTestMailButton />
          {mails.length > 0 && (
            <Button disabled={chosen.length === 0} loading={retrying} onClick={() => void retryIds(chosen)}>
              {chosen.length > 0 ? `Retry ${chosen.length} selected` : 'Retry selected'}
            </Button>
          )}
        </Group>
      </Group>
      {loading && !connection ? (
        <PageLoader label="Loading failed mail" />
      ) : mails.length === 0 ? (
        <Alert color="green" title="No failed mail">
          Every email was delivered or is still being tried.
        </Alert>
      ) : narrow ? (
        <FailedMailCards {...view} />
      ) : (
        <FailedMailTable {...view} />
      )}
      {connection && mails.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{`${mails.length} of ${connection.totalCount} shown`}</Text>
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

interface ViewProps {
  readonly mails: readonly FailedMail[];
  readonly selected: ReadonlySet<string>;
  readonly select: (ids: readonly string[], on: boolean) => void;
  readonly onRetry: (id: string) => void;
  readonly retrying: boolean;
}

function SelectAll({ mails, selected, select, label }: Pick<ViewProps, 'mails' | 'selected' | 'select'> & { readonly label?: string }) {
  const here = mails.filter((m) => selected.has(m.id)).length;
  return (
    <Checkbox
      aria-label="Select all shown"
      label={label}
      checked={here > 0 && here === mails.length}
      indeterminate={here > 0 && here < mails.length}
      onChange={(e) => select(mails.map((m) => m.id), e.currentTarget.checked)}
    />
  );
}

function FailedMailTable({ mails, selected, select, onRetry, retrying }: ViewProps) {
  return (
    <Table aria-label="Failed mail" striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <SelectAll mails={mails} selected={selected} select={select} />
          </Table.Th>
          <Table.Th>Email</Table.Th>
          <Table.Th>Reason</Table.Th>
          <Table.Th w={170}>Failed</Table.Th>
          <Table.Th w={90} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {mails.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Td>
              <Checkbox aria-label={`Select the email to ${m.to}`} checked={selected.has(m.id)} onChange={(e) => select([m.id], e.currentTarget.checked)} />
            </Table.Td>
            <Table.Td maw={360}>
              <Text size="sm" fw={600} truncate="end" title={m.to}>
                {m.to}
              </Text>
              <Text size="xs" c="dimmed" truncate="end" title={m.subject}>
                {`${TEMPLATE_LABELS[m.template] ?? m.template} · ${m.subject}`}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ wordBreak: 'break-word' }}>
                {m.reason}
              </Text>
              <Text size="xs" c="dimmed">{`${m.attempts} ${m.attempts === 1 ? 'try' : 'tries'}`}</Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Text size="sm">{formatDateTime(m.failedAt ?? m.queuedAt)}</Text>
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="light" disabled={retrying} onClick={() => onRetry(m.id)} aria-label={`Retry the email to ${m.to}`}>
                Retry
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function FailedMailCards({ mails, selected, select, onRetry, retrying }: ViewProps) {
  return (
    <Stack gap="xs" miw={0}>
      <SelectAll mails={mails} selected={selected} select={select} label="Select all shown" />
      <Stack component="ul" aria-label="Failed mail" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {mails.map((m) => (
          <Paper component="li" key={m.id} withBorder p="xs">
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Checkbox mt={2} aria-label={`Select the email to ${m.to}`} checked={selected.has(m.id)} onChange={(e) => select([m.id], e.currentTarget.checked)} />
              <Stack gap={4} miw={0} style={{ flex: 1 }}>
                <Text size="sm" fw={600} truncate="end" title={m.to}>
                  {m.to}
                </Text>
                <Text size="xs" c="dimmed" truncate="end" title={m.subject}>
                  {m.subject}
                </Text>
                <Text size="sm" style={{ wordBreak: 'break-word' }}>
                  {m.reason}
                </Text>
                <Group gap={6} justify="space-between">
                  <Group gap={6}>
                    <Badge variant="light" color="gray" size="sm">
                      {TEMPLATE_LABELS[m.template] ?? m.template}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(m.failedAt ?? m.queuedAt)}
                    </Text>
                  </Group>
                  <Button size="xs" variant="light" disabled={retrying} onClick={() => onRetry(m.id)} aria-label={`Retry the email to ${m.to}`}>
                    Retry
                  </Button>
                </Group>
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
