import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useLogout, viewerCanManage } from '../../features/auth';
import { useMailboxAvailable } from '../../features/mail';
import type { ViewerFieldsFragment } from '../../gql/graphql';

function initials(viewer: ViewerFieldsFragment): string {
  const { firstName, surname } = viewer.employee;
  return `${firstName.charAt(0)}${surname.charAt(0)}`.toUpperCase();
}

/** Lower-left profile menu: settings the role allows, and log out. */
export function ProfileMenu({ viewer }: { readonly viewer: ViewerFieldsFragment }) {
  const logout = useLogout();
  const managesUsers = viewerCanManage(viewer, 'USERS');
  const managesAccount = viewerCanManage(viewer, 'ACCOUNT');
  // The development mailbox: never offered in production, where the server refuses it.
  const { available: hasMailbox } = useMailboxAvailable(!managesUsers);
  return (
    <Menu position="top-start" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Profile menu for ${viewer.employee.fullName}`} p="xs" w="100%">
          <Group gap="sm" wrap="nowrap">
            <Avatar color="blue" radius="xl">
              {initials(viewer)}
            </Avatar>
            <div>
              <Text size="sm" fw={600} lineClamp={1}>
                {viewer.employee.fullName}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {viewer.email}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {managesUsers && (
          <>
            <Menu.Label>Settings</Menu.Label>
            {managesAccount && (
              <Menu.Item component={Link} to="/settings/account">
                Account Settings
              </Menu.Item>
            )}
            <Menu.Item component={Link} to="/settings/people/employees">
              Employees &amp; Departments
            </Menu.Item>
            <Menu.Item component={Link} to="/settings/audit">
              Audit log
            </Menu.Item>
            <Menu.Item component={Link} to="/settings/mail">
              Failed mail
            </Menu.Item>
            {hasMailbox && (
              <Menu.Item component={Link} to="/mailbox">
                Mailbox (development)
              </Menu.Item>
            )}
            <Menu.Divider />
          </>
        )}
        <Menu.Item component={Link} to="/terms">
          Terms of use
        </Menu.Item>
        <Menu.Item onClick={() => void logout()}>Log out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
