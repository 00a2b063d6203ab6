import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { RecentAuditEventsDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { PageLoader } from '../../../ui/page-loader';
import { AuditSentence } from './audit-event-text';

const RECENT = 5;

/** The latest changes as the audit log words them, with a link to the whole log. */
export function RecentChanges() {
  const { data } = useQuery(RecentAuditEventsDocument, { variables: { first: RECENT }, fetchPolicy: 'cache-and-network' });
  if (!data) return <PageLoader label="Loading recent changes" />;
  const events = data.auditEvents.edges.map((e) => e.node);
  return (
    <Stack gap="xs">
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing recorded yet.
        </Text>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
          {events.map((e) => (
            <li key={e.id}>
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at)}
              </Text>
              <AuditSentence event={e} />
            </li>
          ))}
        </ul>
      )}
      <Anchor component={Link} to="/settings/audit" size="sm">
        Open the audit log
      </Anchor>
    </Stack>
  );
}
