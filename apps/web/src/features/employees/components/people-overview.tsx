import { useQuery } from '@apollo/client/react';
import { ROLES, ROLE_LABELS, type Role } from '@gatehouse/access';
import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PeopleByRoleDocument, PeopleByStateDocument, type PeopleByRoleQuery } from '../../../gql/graphql';
import { PageLoader } from '../../../ui/page-loader';
import { INVITATION_LABELS } from '../labels';

const LIST = '/settings/people/employees';

/** The employee list filtered by one URL parameter (the keys the list's filter bar reads). */
const listUrl = (key: 'role' | 'active' | 'invitation', value: string) => `${LIST}?${new URLSearchParams({ [key]: value }).toString()}`;

const ROLE_ALIASES: Readonly<Record<Role, keyof Omit<PeopleByRoleQuery, '__typename'>>> = {
  ACCOUNT_ADMIN: 'accountAdmins',
  USER_ADMIN: 'userAdmins',
  ADMIN: 'admins',
  GENERAL: 'general',
};

function Figure({ label, count, to }: { readonly label: string; readonly count: number; readonly to: string }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm">{label}</Text>
      <Anchor component={Link} to={to} fw={600} aria-label={`${label}: ${count}`}>
        {count}
      </Anchor>
    </Group>
  );
}

function PeopleByRole() {
  const { data } = useQuery(PeopleByRoleDocument, { fetchPolicy: 'cache-and-network' });
  if (!data) return <PageLoader label="Loading people by role" />;
  const counts = ROLES.map((role) => ({ role, count: data[ROLE_ALIASES[role]].totalCount }));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <Stack gap="xs">
      {counts.map(({ role, count }) => (
        <div key={role}>
          <Figure label={ROLE_LABELS[role]} count={count} to={listUrl('role', role)} />
          <Progress.Root size="md">
            <Progress.Section
              value={total === 0 ? 0 : (count / total) * 100}
              aria-label={`${ROLE_LABELS[role]}: ${count} of ${total}`}
            />
          </Progress.Root>
        </div>
      ))}
      <Text size="xs" c="dimmed">{`${total} ${total === 1 ? 'person' : 'people'} in all`}</Text>
    </Stack>
  );
}

function PeopleByState() {
  const { data } = useQuery(PeopleByStateDocument, { fetchPolicy: 'cache-and-network' });
  if (!data) return <PageLoader label="Loading people by state" />;
  return (
    <Stack gap="xs">
      <Figure label="Active" count={data.active.totalCount} to={listUrl('active', 'true')} />
      <Figure label="Inactive" count={data.inactive.totalCount} to={listUrl('active', 'false')} />
      <Figure label={INVITATION_LABELS.NOT_INVITED} count={data.notInvited.totalCount} to={listUrl('invitation', 'NOT_INVITED')} />
      <Figure label={INVITATION_LABELS.INVITED} count={data.invited.totalCount} to={listUrl('invitation', 'INVITED')} />
      <Figure label={INVITATION_LABELS.ACCEPTED} count={data.accepted.totalCount} to={listUrl('invitation', 'ACCEPTED')} />
    </Stack>
  );
}

function Panel({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/**
 * Head counts of the account by role and by state, each figure a link to the
 * employee list with that filter. Only for people who manage users: the
 * server refuses the counts to anyone else, so the caller decides whether to mount it.
 */
export function PeopleOverview() {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Panel title="People by role">
        <PeopleByRole />
      </Panel>
      <Panel title="People by state">
        <PeopleByState />
      </Panel>
    </SimpleGrid>
  );
}
