import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useViewer, viewerCanManage } from '../../features/auth';

/** Landing page after login. */
export function HomePage() {
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack>
      <Title order={1} size="h2">
        Welcome, {viewer.employee.firstName}
      </Title>
      <Text>You are signed in to {viewer.account.name}.</Text>
      <Text>Jobs and incidents are coming soon.</Text>
      {viewerCanManage(viewer, 'USERS') && (
        <Anchor component={Link} to="/settings/people/employees">
          Manage employees &amp; departments
        </Anchor>
      )}
    </Stack>
  );
}
