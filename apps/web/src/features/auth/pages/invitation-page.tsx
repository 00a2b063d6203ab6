import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { AcceptInvitationDocument, InvitationDocument, MeDocument, type InvitationLinkState, type InvitationQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { splitUserErrors } from '../../../lib/user-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { FormAlert } from '../../../ui/form-alert';
import { PageLoader } from '../../../ui/page-loader';
import { MIN_PASSWORD_LENGTH } from './setup-page';

const FIELDS = ['password'];
/** Codes after which the link itself is dead: the page reloads it and shows why. */
const DEAD_LINK_CODES = new Set(['INVALID_TOKEN', 'INVITATION_USED', 'INVITATION_SUPERSEDED', 'INVITATION_EXPIRED', 'INACTIVE']);

/** The token from `#token=…`: a fragment never reaches a server log or a Referer header. */
function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

function Card({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    // The gutter keeps the card's border off the edges of a phone's screen.
    <Box px="sm">
      <Paper maw={480} mx="auto" mt={{ base: 24, sm: 80 }} p={{ base: 'md', sm: 'xl' }} withBorder>
        <Stack>
          <Title order={1} size="h2">
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Box>
  );
}

type DeadState = Exclude<InvitationLinkState, 'VALID'>;

/** What each dead link says: what happened and what the person can do now. */
function deadLinkText(state: DeadState, account: string): { title: string; body: string; login: boolean } {
  switch (state) {
    case 'EXPIRED':
      return { title: 'This invitation has expired', body: `Invitation links work for 7 days. Ask an administrator of ${account} to send you a new one.`, login: false };
    case 'USED':
      return { title: 'This invitation was already accepted', body: `You are a member of ${account}. Log in with your email and password.`, login: true };
    case 'SUPERSEDED':
      return { title: 'A newer invitation replaced this one', body: `${account} sent you a newer invitation, and only the latest link works. Open the link in the most recent email.`, login: false };
    case 'EMPLOYEE_INACTIVE':
      return { title: 'Your membership is inactive', body: `An administrator of ${account} has deactivated your membership. Ask them to reactivate you and send a new invitation.`, login: false };
    case 'UNKNOWN':
      return { title: 'This invitation link does not work', body: 'Check that you opened the whole link from the email (it may have been cut short), or ask for a new invitation.', login: false };
  }
}

function DeadLink({ state, account }: { readonly state: DeadState; readonly account: string | null }) {
  const text = deadLinkText(state, account ?? 'the account');
  useDocumentTitle(`${text.title} · Gatehouse`);
  return (
    <Card title={text.title}>
      <Alert color={state === 'USED' ? 'blue' : 'yellow'} role="status">
        {text.body}
      </Alert>
      {text.login ? (
        <Button component={Link} to="/login">
          Log in
        </Button>
      ) : (
        <Anchor component={Link} to="/login" size="sm">
          Go to log in
        </Anchor>
      )}
    </Card>
  );
}

type LiveInvitation = NonNullable<InvitationQuery['invitation']>;

/** The form of a live link: choose a password, or, for a login that has one, give it. */
function AcceptForm({ token, invitation, onDead }: { readonly token: string; readonly invitation: LiveInvitation; readonly onDead: () => void }) {
  const account = invitation.accountName ?? 'the account';
  const existing = invitation.hasPassword === true;
  useDocumentTitle(`Join ${account} · Gatehouse`);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [accept, { loading }] = useMutation(AcceptInvitationDocument);
  const [general, setGeneral] = useState<readonly string[]>([]);
  const form = useForm({
    initialValues: { password: '' },
    validate: {
      password: (v) => {
        if (existing) return v ? null : 'Enter your password.';
        return [...v].length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
      },
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    setGeneral([]);
    const { data } = await accept({ variables: { input: { token, password } } });
    const payload = data?.acceptInvitation;
    if (!payload) return;
    if (payload.userErrors.some((e) => DEAD_LINK_CODES.has(e.code))) {
      onDead();
      return;
    }
    const split = splitUserErrors(payload.userErrors, FIELDS);
    form.setErrors(split.byField);
    setGeneral(split.general);
    if (payload.viewer && payload.userErrors.length === 0) {
      // Whoever was signed in before in this browser, the session now is the invited person's.
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: payload.viewer } });
      await navigate('/', { replace: true });
    }
  });

  return (
    <Card title={`Join ${account}`}>
      <Text size="sm">
        {invitation.firstName ? `Hello ${invitation.firstName}, you` : 'You'} are invited to {account} on Gatehouse.{' '}
        {existing
          ? 'This email already has a Gatehouse login (you use it for another account): sign in with your password to accept.'
          : 'Choose a password to accept.'}
      </Text>
      <form onSubmit={submit} noValidate aria-label="Accept the invitation">
        <Stack>
          <FormAlert messages={general} title="Could not accept the invitation" />
          <TextInput label="Email" value={invitation.email ?? ''} readOnly variant="filled" autoComplete="username" />
          {existing ? (
            <PasswordInput label="Your password" required autoComplete="current-password" {...form.getInputProps('password')} />
          ) : (
            <PasswordInput
              label="Choose a password"
              required
              autoComplete="new-password"
              description={`At least ${MIN_PASSWORD_LENGTH} characters; not a commonly used password and not your email. A few unrelated words make a strong, memorable password.`}
              {...form.getInputProps('password')}
            />
          )}
          <Button type="submit" loading={loading}>
            {existing ? 'Sign in and join' : 'Set password and join'}
          </Button>
          {invitation.expiresAt && (
            <Text size="xs" c="dimmed">
              This link works once, until {formatDateTime(invitation.expiresAt)}.
            </Text>
          )}
        </Stack>
      </form>
    </Card>
  );
}

/** `/invitation#token=…`: the page an invitation email links to. */
export function InvitationPage() {
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  const { data, loading, error, refetch } = useQuery(InvitationDocument, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  useDocumentTitle('Invitation · Gatehouse');

  if (!token) return <DeadLink state="UNKNOWN" account={null} />;
  if (loading && !data) return <PageLoader label="Opening the invitation" />;
  const invitation = data?.invitation;
  if (error || !invitation) {
    return (
      <Card title="Invitation">
        <Alert color="red" role="alert">
          The invitation could not be loaded. Check your connection and reload the page.
        </Alert>
      </Card>
    );
  }
  if (invitation.state !== 'VALID') return <DeadLink state={invitation.state} account={invitation.accountName ?? null} />;
  return <AcceptForm token={token} invitation={invitation} onDead={() => void refetch()} />;
}
