import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { normalizeEmail } from '@gatehouse/contracts';
import { Alert, Anchor, Button, Checkbox, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CompleteSetupDocument, MeDocument, SetupStatusDocument } from '../../../gql/graphql';
import { emailError, nameError } from '../../../lib/field-rules';
import { splitUserErrors } from '../../../lib/user-errors';
import { FormAlert } from '../../../ui/form-alert';
import { PageLoader } from '../../../ui/page-loader';
import { useDocumentTitle } from '../../../lib/use-document-title';

const FIELDS = ['accountName', 'firstName', 'surname', 'email', 'password', 'acceptTerms'];
export const MIN_PASSWORD_LENGTH = 12;

function SetupUnavailable({ message }: { readonly message: string }) {
  return (
    <Paper maw={480} mx="auto" mt={80} p="xl" withBorder>
      <Stack>
        <Title order={1} size="h2">
          Set up Gatehouse
        </Title>
        <Alert color="red" title="This setup link cannot be used" role="alert">
          {message}
        </Alert>
        <Anchor component={Link} to="/login">
          Go to log in
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** First run: the single-use link from the server log creates the account and its account admin. */
export function SetupPage() {
  useDocumentTitle('Set up · Gatehouse');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data, loading: statusLoading } = useQuery(SetupStatusDocument);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [completeSetup, { loading }] = useMutation(CompleteSetupDocument);
  const [general, setGeneral] = useState<readonly string[]>([]);
  const form = useForm({
    initialValues: { accountName: '', firstName: '', surname: '', email: '', password: '', acceptTerms: false },
    validate: {
      accountName: (v) => nameError(v, 'Enter the account name.'),
      firstName: (v) => nameError(v, 'Enter your first name.'),
      surname: (v) => nameError(v, 'Enter your surname.'),
      email: emailError,
      password: (v) => (v.length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters.`),
      acceptTerms: (v) => (v ? null : 'Accept the terms of use to continue.'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setGeneral([]);
    const input = { ...values, token, email: normalizeEmail(values.email) };
    const { data: result } = await completeSetup({ variables: { input } });
    const payload = result?.completeSetup;
    if (!payload) return;
    const split = splitUserErrors(payload.userErrors, FIELDS);
    form.setErrors(split.byField);
    setGeneral(split.general);
    if (payload.viewer && payload.userErrors.length === 0) {
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: payload.viewer } });
      await navigate('/', { replace: true });
    }
  });

  if (!token) return <SetupUnavailable message="The link has no setup token. Copy the whole link from the server log." />;
  if (statusLoading) return <PageLoader />;
  if (data && !data.setupStatus.needsSetup) {
    return <SetupUnavailable message="Gatehouse is already set up and this link has been used. Log in instead." />;
  }

  return (
    <Paper maw={480} mx="auto" mt={60} p="xl" withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            Set up Gatehouse
          </Title>
          <Text size="sm">Create the account for your organisation and your own account-admin login.</Text>
          <FormAlert messages={general} title="Could not create the account" />
          <TextInput label="Account name" required {...form.getInputProps('accountName')} />
          <TextInput label="First name" required autoComplete="given-name" {...form.getInputProps('firstName')} />
          <TextInput label="Surname" required autoComplete="family-name" {...form.getInputProps('surname')} />
          <TextInput label="Email" type="email" required autoComplete="email" {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            required
            autoComplete="new-password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong, memorable password.`}
            {...form.getInputProps('password')}
          />
          <Checkbox
            label="I accept the terms of use"
            // A new tab, so reading the terms does not lose what was typed here.
            description={
              <Anchor component={Link} to="/terms" target="_blank" rel="noopener" size="xs">
                Read the terms of use
              </Anchor>
            }
            {...form.getInputProps('acceptTerms', { type: 'checkbox' })}
          />
          <Button type="submit" loading={loading}>
            Create account
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
