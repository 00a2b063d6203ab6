import { useMutation } from '@apollo/client/react';
import type { UserErrorCode } from '@gatehouse/contracts';
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ResetPasswordDocument } from '../../../gql/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { MIN_PASSWORD_LENGTH } from './setup-page';

/** The token from `#token=…`: the fragment never reaches a server log or a Referer header. */
function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

/** Titles for a link that cannot be used; the server's message says what to do. */
const DEAD_LINK_TITLES: Partial<Record<UserErrorCode, string>> = {
  INVALID_TOKEN: 'This link is not valid',
  TOKEN_USED: 'This link has already been used',
  TOKEN_SUPERSEDED: 'A newer link was sent',
  TOKEN_EXPIRED: 'This link has expired',
};

function DeadLink({ title, message }: { readonly title: string; readonly message: string }) {
  return (
    <Stack>
      <Alert color="red" role="alert" title={title}>
        {message}
      </Alert>
      <Button component={Link} to="/forgot-password">
        Ask for a new link
      </Button>
    </Stack>
  );
}

/**
 * `/reset-password#token=…`: choose a new password with an emailed link. A link that cannot
 * be used says why and offers a new one; success ends every session and goes to log in.
 */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password · Gatehouse');
  const { hash } = useLocation();
  const navigate = useNavigate();
  // Read once: the address bar is cleared of the token right after.
  const [token] = useState(() => tokenFromHash(hash));
  useEffect(() => {
    // Keeps the token out of the browser history and away from anyone glancing at the screen.
    if (hash) void navigate({ hash: '' }, { replace: true });
  }, [hash, navigate]);
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);
  const [dead, setDead] = useState<{ title: string; message: string } | null>(null);
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (v) => (v.length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters.`),
      confirm: (v, values) => (v === values.password ? null : 'The two passwords differ.'),
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    const { data } = await resetPassword({ variables: { input: { token, password } } });
    const payload = data?.resetPassword;
    if (!payload) return;
    const error = payload.userErrors[0];
    const deadTitle = error ? DEAD_LINK_TITLES[error.code] : undefined;
    if (error && deadTitle) setDead({ title: deadTitle, message: error.message });
    else if (error) form.setErrors({ password: error.message });
    else if (payload.ok) await navigate('/login?reset=done', { replace: true });
  });

  return (
    <Paper maw={420} mx="auto" mt={{ base: 'md', sm: 80 }} p={{ base: 'md', sm: 'xl' }} withBorder>
      <Stack>
        <Title order={1} size="h2">
          Choose a new password
        </Title>
        {!token ? (
          <DeadLink title="This link is incomplete" message="The link has no reset token. Open the whole link from the email, or ask for a new one." />
        ) : dead ? (
          <DeadLink title={dead.title} message={dead.message} />
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text size="sm">Setting a new password signs you out everywhere, in every account.</Text>
              <PasswordInput
                label="New password"
                autoComplete="new-password"
                required
                description={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong, memorable password.`}
                {...form.getInputProps('password')}
              />
              <PasswordInput label="Repeat the new password" autoComplete="new-password" required {...form.getInputProps('confirm')} />
              <Button type="submit" loading={loading}>
                Set new password
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
