import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { normalizeEmail } from '@gatehouse/contracts';
import { Alert, Anchor, Button, Group, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginDocument, MeDocument, SetupStatusDocument } from '../../../gql/graphql';
import { splitUserErrors } from '../../../lib/user-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { FormAlert } from '../../../ui/form-alert';
import { useViewer } from '../hooks/use-viewer';
import { safeNext } from '../safe-next';

const FIELDS = ['email', 'password'];

/**
 * Email + password. Wrong credentials and throttling come back as a userError without a field.
 * Someone already signed in goes straight on to where they were heading.
 */
export function LoginPage() {
  useDocumentTitle('Log in · Gatehouse');
  const { viewer } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [login, { loading }] = useMutation(LoginDocument);
  const { data: setup } = useQuery(SetupStatusDocument);
  const [general, setGeneral] = useState<readonly string[]>([]);
  // The reset page comes back here once the new password is set.
  const resetDone = params.get('reset') === 'done';
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : 'Enter your email.'),
      password: (v) => (v ? null : 'Enter your password.'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setGeneral([]);
    const { data } = await login({ variables: { input: { email: normalizeEmail(values.email), password: values.password } } });
    const payload = data?.login;
    if (!payload) return;
    const split = splitUserErrors(payload.userErrors, FIELDS);
    form.setErrors(split.byField);
    setGeneral(split.general);
    if (payload.viewer && payload.userErrors.length === 0) {
      // Nothing cached before login may leak into the session that starts now.
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: payload.viewer } });
      await navigate(safeNext(params.get('next')), { replace: true });
    }
  });

  if (viewer) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <Paper maw={420} mx="auto" mt={{ base: 'md', sm: 80 }} p={{ base: 'md', sm: 'xl' }} withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            Log in to Gatehouse
          </Title>
          {setup?.setupStatus.needsSetup && (
            <Alert color="yellow" title="Not set up yet">
              This Gatehouse has no account yet. Open the setup link printed in the server log.
            </Alert>
          )}
          {resetDone && (
            <Alert color="green" role="status" title="Password changed">
              Log in with your new password. You were signed out everywhere else.
            </Alert>
          )}
          <FormAlert messages={general} title="Could not log in" />
          <TextInput label="Email" type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
          <Group justify="flex-end" mt={-8}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot password?
            </Anchor>
          </Group>
          <Button type="submit" loading={loading}>
            Log in
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
