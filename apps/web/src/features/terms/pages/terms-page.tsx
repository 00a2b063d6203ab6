import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { TermsOfUseDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageLoader } from '../../../ui/page-loader';
import { TermsText } from '../components/terms-text';

/**
 * `/terms`: the terms of use of the account the person is signed in to; signed out (setup
 * links here before any account exists), Gatehouse's built-in terms.
 */
export function TermsPage() {
  useDocumentTitle('Terms of use · Gatehouse');
  const { data, loading } = useQuery(TermsOfUseDocument, { fetchPolicy: 'cache-and-network' });
  const terms = data?.termsOfUse;
  return (
    <Paper maw={720} mx="auto" my={{ base: 'md', sm: 60 }} p={{ base: 'md', sm: 'xl' }} withBorder>
      <Stack>
        <Title order={1} size="h2">
          Terms of use
        </Title>
        {loading && !terms ? (
          <PageLoader label="Loading the terms of use" />
        ) : terms ? (
          <>
            {!terms.isDefault && (
              <Text size="sm" c="dimmed">
                Version {terms.version}, published {formatDateTime(terms.publishedAt)}
              </Text>
            )}
            <TermsText text={terms.text} />
          </>
        ) : (
          <Text c="red">The terms of use could not be loaded.</Text>
        )}
        <Anchor component={Link} to="/">
          Back to Gatehouse
        </Anchor>
      </Stack>
    </Paper>
  );
}
