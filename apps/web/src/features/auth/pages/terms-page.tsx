import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';

/**
 * `/terms`: the terms of use, readable signed out (setup links here before any
 * account exists). The wording is a placeholder until the account's own terms are written.
 */
export function TermsPage() {
  useDocumentTitle('Terms of use · Gatehouse');
  return (
    <Paper maw={640} mx="auto" mt={80} p="xl" withBorder>
      <Stack>
        <Title order={1} size="h2">
          Terms of use
        </Title>
        <Text>
          These are the terms of use of this Gatehouse account. Everyone who signs in to the account, and the person who
          sets it up, agrees to them.
        </Text>
        <Text c="dimmed">The full text of the account&apos;s terms will be published here.</Text>
        <Anchor component={Link} to="/">
          Back to Gatehouse
        </Anchor>
      </Stack>
    </Paper>
  );
}
