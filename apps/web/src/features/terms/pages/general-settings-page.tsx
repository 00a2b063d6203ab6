import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { AccountTermsOfUseDocument, RenameAccountDocument, UpdateTermsOfUseDocument, type TermsAudience, type TermsOfUseFieldsFragment } from '../../../gql/graphql';
import { nameError } from '../../../lib/field-rules';
import { formatDateTime } from '../../../lib/format';
import { splitUserErrors } from '../../../lib/user-errors';
import { FormAlert } from '../../../ui/form-alert';
import { PageLoader } from '../../../ui/page-loader';
import { useViewer } from '../../auth';

/** Settings → Account → General: the account's name and its terms of use, the employees' and the external users'. */
export function GeneralSettingsPage() {
  const { viewer } = useViewer();
  const { data, loading } = useQuery(AccountTermsOfUseDocument, { fetchPolicy: 'cache-and-network' });
  if (!viewer || (loading && !data)) return <PageLoader label="Loading the account" />;
  if (!data) return <Alert color="red">The account settings could not be loaded. Reload the page.</Alert>;
  return (
    <Stack gap="lg" maw={860}>
      <AccountNameForm key={viewer.account.name} name={viewer.account.name} />
      <TermsForm key={`E${data.employeeTerms.version}:${data.employeeTerms.text}`} terms={data.employeeTerms} />
      <TermsForm key={`X${data.externalUserTerms.version}:${data.externalUserTerms.text}`} terms={data.externalUserTerms} />
    </Stack>
  );
}

function AccountNameForm({ name }: { readonly name: string }) {
  const [rename, { loading }] = useMutation(RenameAccountDocument, { refetchQueries: ['Me'] });
  const [general, setGeneral] = useState<readonly string[]>([]);
  const form = useForm({ initialValues: { name }, validate: { name: (v) => nameError(v, 'Enter the account name.') } });
  const submit = form.onSubmit(async (values) => {
    setGeneral([]);
    const { data } = await rename({ variables: { input: { name: values.name } } });
    const payload = data?.renameAccount;
    if (!payload) return;
    const split = splitUserErrors(payload.userErrors, ['name']);
    form.setErrors(split.byField);
    setGeneral(split.general);
    if (payload.account) notifications.show({ color: 'green', message: `The account is now called ${payload.account.name}.` });
  });
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Account name
          </Title>
          <FormAlert messages={general} />
          <TextInput label="Name" description="Shown in the header and in every email." required {...form.getInputProps('name')} />
          <Group justify="flex-end">
            <Button type="submit" loading={loading} disabled={!form.isDirty()}>
              Save name
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

type Publish = 'NEW_VERSION' | 'CORRECTION';

/** How each audience's terms are named and explained on the page. */
const AUDIENCE_COPY: Readonly<Record<TermsAudience, { title: string; who: string; when: string; eachVersion: string }>> = {
  EMPLOYEES: {
    title: 'Terms of use',
    who: 'every employee',
    when: 'before they can continue',
    eachVersion: 'Every employee accepts each version before using the account.',
  },
  EXTERNAL_USERS: {
    title: 'Terms of use for external users',
    who: 'every external user',
    when: 'in the portal before their assigned jobs and incidents',
    eachVersion: 'Every external user accepts each version in the portal before seeing their assigned jobs and incidents.',
  },
};

/**
 * The terms text with two ways to save it: publish a new version (everyone accepts again at
 * their next request; asked to confirm) or correct the current version without asking anyone.
 */
export function TermsForm({ terms }: { readonly terms: TermsOfUseFieldsFragment }) {
  const copy = AUDIENCE_COPY[terms.audience];
  const [update, { loading }] = useMutation(UpdateTermsOfUseDocument, { refetchQueries: ['AccountTermsOfUse', 'TermsOfUse', 'Me'] });
  const [general, setGeneral] = useState<readonly string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const form = useForm({
    // The built-in terms are the starting text: an admin edits them rather than retyping them.
    initialValues: { text: terms.text },
    validate: { text: (v) => (v.trim() ? null : 'Write the terms of use.') },
  });
  const save = async (mode: Publish) => {
    setGeneral([]);
    const { data } = await update({ variables: { input: { audience: terms.audience, text: form.getValues().text, asNewVersion: mode === 'NEW_VERSION' } } });
    const payload = data?.updateTermsOfUse;
    setConfirming(false);
    if (!payload) return;
    const split = splitUserErrors(payload.userErrors, ['text']);
    form.setErrors(split.byField);
    setGeneral(split.general);
    if (payload.termsOfUse) {
      notifications.show({
        color: 'green',
        message: mode === 'NEW_VERSION' ? `Version ${payload.termsOfUse.version} is published.` : `Version ${payload.termsOfUse.version} is corrected.`,
      });
    }
  };
  const ask = (mode: Publish) => {
    if (form.validate().hasErrors) return;
    if (mode === 'NEW_VERSION') setConfirming(true);
    else void save(mode);
  };
  return (
    <Paper component="section" aria-label={copy.title} withBorder p={{ base: 'md', sm: 'lg' }}>
      <Stack>
        <Title order={2} size="h4">
          {copy.title}
        </Title>
        <Text size="sm" c="dimmed">
          {terms.isDefault
            ? `The account uses Gatehouse’s built-in terms (version ${terms.version}), shown below. Change them and publish: ${copy.who} accepts your version at their next visit.`
            : `Version ${terms.version}, published ${formatDateTime(terms.publishedAt)}. ${copy.eachVersion}`}
        </Text>
        <FormAlert messages={general} />
        <Textarea
          label="Text"
          description="Plain text. Leave a blank line between paragraphs."
          autosize
          minRows={8}
          maxRows={24}
          {...form.getInputProps('text')}
        />
        <Group justify="flex-end" gap="sm">
          {!terms.isDefault && (
            <Button variant="default" onClick={() => ask('CORRECTION')} loading={loading && !confirming} disabled={!form.isDirty()}>
              Save as correction
            </Button>
          )}
          <Button onClick={() => ask('NEW_VERSION')} disabled={!form.isDirty()}>
            Publish as new version
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {terms.isDefault
            ? `Publishing asks ${copy.who} to accept your version ${copy.when}.`
            : `A correction fixes a typo in version ${terms.version} without asking anyone again. A new version asks ${copy.who} to accept it ${copy.when}.`}
        </Text>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Publish version ${terms.version + 1}?`} centered>
        <Stack>
          <Text>
            {terms.audience === 'EMPLOYEES'
              ? 'Everyone in the account will have to read and accept the new terms before they can do anything else. You accept them by publishing.'
              : 'Every external user will have to read and accept the new terms in the portal before they see their jobs and incidents again.'}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button onClick={() => void save('NEW_VERSION')} loading={loading}>
              Publish version {terms.version + 1}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
