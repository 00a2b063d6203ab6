import { Card, Stack, Text, Title } from '@mantine/core';
import { RecentChanges } from '../../features/audit';
import { useViewer, viewerCanManage } from '../../features/auth';
import { PeopleOverview } from '../../features/employees';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * Landing page after login. Someone who manages users sees the account at a
 * glance; anyone else a welcome, and the counts are never asked for (the
 * server would refuse them).
 */
export function HomePage() {
  useDocumentTitle('Home · Gatehouse');
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack>
      <Title order={1} size="h2">
        Welcome, {viewer.employee.firstName}
      </Title>
      <Text>You are signed in to {viewer.account.name}.</Text>
      {viewerCanManage(viewer, 'USERS') && (
        <>
          <PeopleOverview />
          <Card withBorder component="section" aria-label="Recent changes">
            <Title order={2} size="h4" mb="sm">
              Recent changes
            </Title>
            <RecentChanges />
          </Card>
        </>
      )}
    </Stack>
  );
}
