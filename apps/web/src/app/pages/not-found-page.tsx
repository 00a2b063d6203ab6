import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Any path the app does not know. */
export function NotFoundPage() {
  useDocumentTitle('Page not found · Gatehouse');
  return (
    <Stack>
      <Title order={1} size="h2">
        Page not found
      </Title>
      <Text>There is nothing at this address.</Text>
      <Anchor component={Link} to="/">
        Go home
      </Anchor>
    </Stack>
  );
}
