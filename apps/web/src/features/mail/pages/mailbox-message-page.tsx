import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Code, Drawer, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { MailboxMessageDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useNarrow } from '../../../ui/use-narrow';
import { MailFrame } from '../components/mail-frame';

/** `/mailbox/:messageId`: one email of the development mailbox in a drawer, its HTML and text parts and its links. */
export function MailboxMessagePage() {
  const { messageId = '' } = useParams();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const { data, loading } = useQuery(MailboxMessageDocument, { variables: { id: messageId } });
  const message = data?.mailboxMessage;
  useDocumentTitle(`${message?.subject ?? 'Message'} · Mailbox · Gatehouse`);
  const close = () => void navigate('/mailbox');
  return (
    <Drawer opened onClose={close} position="right" size={narrow ? '100%' : 'xl'} title={message?.subject ?? 'Message'} aria-label="Message">
      {loading && !message ? (
        <Loader aria-label="Loading message" />
      ) : !message ? (
        <Alert color="yellow" title="Not found">
          This message is not in the mailbox.
        </Alert>
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            <Text span c="dimmed">From </Text>
            {message.from}
            <br />
            <Text span c="dimmed">To </Text>
            {message.to}
            <br />
            <Text span c="dimmed">Received </Text>
            {formatDateTime(message.receivedAt)}
          </Text>
          {message.links.length > 0 && (
            <Stack gap={2} component="nav" aria-label="Links in this email">
              <Text size="sm" fw={600}>
                Links
              </Text>
              {message.links.map((link) => (
                <Anchor key={link} href={link} size="sm" style={{ wordBreak: 'break-all' }}>
                  {link}
                </Anchor>
              ))}
            </Stack>
          )}
          <Tabs defaultValue="html">
            <Tabs.List>
              <Tabs.Tab value="html">HTML</Tabs.Tab>
              <Tabs.Tab value="text">Text</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="html" pt="sm">
              <MailFrame html={message.html} title={`HTML part of ${message.subject}`} />
            </Tabs.Panel>
            <Tabs.Panel value="text" pt="sm">
              <Code block aria-label="Text part" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {message.text}
              </Code>
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </Drawer>
  );
}
