import { Button, Menu, Text } from '@mantine/core';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { useSwitchAccount } from '../hooks/use-session-actions';

/** The current account's name; a menu of the person's other accounts when they have several. */
export function AccountSwitcher({ viewer }: { readonly viewer: ViewerFieldsFragment }) {
  const { switchTo, switching } = useSwitchAccount();
  const others = viewer.accounts.filter((a) => a.id !== viewer.account.id);
  if (others.length === 0) {
    return <Text fw={600}>{viewer.account.name}</Text>;
  }
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="subtle" loading={switching} aria-label={`Account: ${viewer.account.name}. Switch account`}>
          {viewer.account.name} ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Switch account</Menu.Label>
        {others.map((account) => (
          <Menu.Item key={account.id} onClick={() => void switchTo(account.id)}>
            {account.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
