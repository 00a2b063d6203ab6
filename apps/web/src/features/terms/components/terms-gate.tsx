import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { AcceptTermsDocument, MeDocument, TermsOfUseDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageLoader } from '../../../ui/page-loader';
import { useLogout, useViewer } from '../../auth';
import { TermsText } from './terms-text';

/**
 * Renders its children only once the viewer has accepted the account's current terms of use;
 * until then, the terms and an Accept button (the server refuses everything else meanwhile).
 */
export function TermsGate({ children }: { readonly children: ReactNode }) {
  const { viewer } = useViewer();
  if (!viewer?.mustAcceptTerms) return children;
  return <AcceptTermsPage accountName={viewer.account.name} />;
}

function AcceptTermsPage({ accountName }: { readonly accountName: string }) {
  useDocumentTitle('Terms of use · Gatehouse');
  const client = useApolloClient();
  const logout = useLogout();
  const { data, loading, refetch } = useQuery(TermsOfUseDocument, { fetchPolicy: 'network-only' });
  const [accept, { loading: accepting }] = useMutation(AcceptTermsDocument);
  const [agreed, setAgreed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const terms = data?.termsOfUse;
  if (loading && !terms) return <PageLoader label="Loading the terms of use" />;
  if (!terms) return <Alert color="red">The terms of use could not be loaded. Reload the page.</Alert>;

  const submit = async () => {
    setProblem(null);
    const { data: result } = await accept({ variables: { input: { version: terms.version } } });
    const payload = result?.acceptTerms;
    const error = payload?.userErrors[0];
    if (error) {
      // A newer version was published while this one was open: show it and ask again.
      setProblem(error.message);
      setAgreed(false);
      await refetch();
      return;
    }
    if (payload?.viewer) client.writeQuery({ query: MeDocument, data: { me: payload.viewer } });
  };

  return (
    <Paper maw={720} mx="auto" my={{ base: 'md', sm: 60 }} p={{ base: 'md', sm: 'xl' }} withBorder>
      <Stack>
        <Title order={1} size="h2">
          Terms of use
        </Title>
        <Text size="sm" c="dimmed">
          {terms.version > 1
            ? `${accountName} published a new version of its terms of use (version ${terms.version}, ${formatDateTime(terms.publishedAt)}). Read and accept it to continue.`
            : `Read and accept the terms of use of ${accountName} to continue.`}
        </Text>
        {problem && (
          <Alert color="yellow" role="alert" title="The terms have changed">
            {problem}
          </Alert>
        )}
        <ScrollArea.Autosize mah="50vh" type="auto" offsetScrollbars aria-label="Terms of use text">
          <TermsText text={terms.text} />
        </ScrollArea.Autosize>
        <Checkbox label={`I have read and accept version ${terms.version} of the terms of use`} checked={agreed} onChange={(e) => setAgreed(e.currentTarget.checked)} />
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => void logout()}>
            Log out
          </Button>
          <Button onClick={() => void submit()} disabled={!agreed} loading={accepting}>
            Accept and continue
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
