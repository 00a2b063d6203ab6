import { useMutation } from '@apollo/client/react';
import { normalizeEmail } from '@gatehouse/contracts';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { RequestPasswordResetDocument } from '../../../gql/graphql';
import { emailError } from '../../../lib/field-rules';
import { splitUserErrors } from '../../../lib/user-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { FormAlert } from '../../../ui/form-alert';

/**
 * `/forgot-password`: asks for a reset link. The page says the same thing whether or not the
 * email has a login, as the server does: it cannot tell, and must not.
 */
export function ForgotPasswordPage() {
  useDocumentTitle('Forgot password · Gatehouse');
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [general, setGeneral] = useState<readonly string[]>([]);
  const form = useForm({ initialValues: { email: '' }, validate: { email: emailError } });

  const submit = form.onSubmit(async ({ email }) => {
    setGeneral([]);
    const normalized = normalizeEmail(email);
    const { data } = await requestReset({ variables: { input: { email: normalized } } });
    const payload = data?.requestPasswordReset;
    if (!payload) return;
    const split = splitUserErrors(payload.userErrors, ['email']);
    form.setErrors(split.byField);
    setGeneral(split.general);
    if (payload.ok) setSentTo(normalized);
  });

  return (
    <Paper maw={420} mx="auto" mt={{ base: 'md', sm: 80 }} p={{ base: 'md', sm: 'xl' }} withBorder>
      <Stack>
        <Title order={1} size="h2">
          Forgot your password?
        </Title>
        {sentTo ? (
          <>
            <Alert color="green" role="status" title="Check your email">
              If {sentTo} has a Gatehouse login, we have sent it a link to choose a new password. The link works once, for one hour.
            </Alert>
            <Text size="sm">
              Nothing after a few minutes? Check your spam folder, or make sure you typed the address you log in with.{' '}
              <Anchor component="button" type="button" size="sm" onClick={() => setSentTo(null)}>
                Try another address
              </Anchor>
            </Text>
          </>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text size="sm">Enter the email you log in with. We will email you a link to choose a new password.</Text>
              <FormAlert messages={general} title="Could not send the link" />
              <TextInput label="Email" type="email" autoComplete="username" required data-autofocus {...form.getInputProps('email')} />
              <Button type="submit" loading={loading}>
                Email me a link
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component={Link} to="/login" size="sm">
          Back to log in
        </Anchor>
      </Stack>
    </Paper>
  );
}
