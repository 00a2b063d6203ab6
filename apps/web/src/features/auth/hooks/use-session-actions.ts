import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { LogoutDocument, SwitchAccountDocument } from '../../../gql/graphql';

/** Log out, forget every cached row of the account, and go to the login page. */
export function useLogout(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  return async () => {
    await logout().catch(() => undefined);
    await client.clearStore();
    await navigate('/login', { replace: true });
  };
}

/** Switch to another account of the same person; every cached row belonged to the old one. */
export function useSwitchAccount(): { switchTo: (accountId: string) => Promise<void>; switching: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [switchAccount, { loading }] = useMutation(SwitchAccountDocument);
  const switchTo = async (accountId: string) => {
    const { data } = await switchAccount({ variables: { input: { accountId } } });
    const payload = data?.switchAccount;
    const problem = payload?.userErrors[0];
    if (problem) {
      notifications.show({ color: 'red', title: 'Could not switch account', message: problem.message });
      return;
    }
    await navigate('/', { replace: true });
    await client.resetStore();
    notifications.show({ color: 'green', message: `Switched to ${payload?.viewer?.account.name ?? 'the account'}.` });
  };
  return { switchTo, switching: loading };
}
