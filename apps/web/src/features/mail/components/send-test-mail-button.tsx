import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { MailboxDocument, SendTestMailDocument } from '../../../gql/graphql';

/** Sends the viewer a test email at their own address (to check mail reaches people) and says where it went. */
export function SendTestMailButton({ refreshMailbox = false }: { readonly refreshMailbox?: boolean }) {
  const client = useApolloClient();
  const [send, { loading }] = useMutation(SendTestMailDocument);
  const onClick = async () => {
    const { data } = await send();
    const payload = data?.sendTestMail;
    const problem = payload?.userErrors[0];
    if (!payload?.sentTo || problem) {
      notifications.show({ color: 'red', title: 'No test email sent', message: problem?.message ?? 'Try again.' });
      return;
    }
    notifications.show({ color: 'green', message: `A test email is on its way to ${payload.sentTo}.` });
    // The worker delivers it just after the commit: look again a moment later.
    if (refreshMailbox) setTimeout(() => void client.refetchQueries({ include: [MailboxDocument] }), 700);
  };
  return (
    <Button variant="default" loading={loading} onClick={() => void onClick()}>
      Send a test email
    </Button>
  );
}
