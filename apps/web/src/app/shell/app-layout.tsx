import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { AccountSwitcher, useViewer } from '../../features/auth';
import { MainNav } from './main-nav';
import { ProfileMenu } from './profile-menu';

/** Header with the account (and switcher), navbar with modules and, lower left, the profile menu. */
export function AppLayout() {
  const { viewer } = useViewer();
  const [opened, { toggle }] = useDisclosure();
  if (!viewer) return null;
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" gap="md">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
          <Text fw={700}>Gatehouse</Text>
          <AccountSwitcher viewer={viewer} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow>
          <MainNav />
        </AppShell.Section>
        <AppShell.Section>
          <ProfileMenu viewer={viewer} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
