import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { SetUserGroupMembersDocument } from '../../../gql/graphql';
import { EmployeePickerModal, MemberList } from '../../employees';
import { useRouteGroup } from '../hooks/use-route-group';

const REFETCH = ['Employees', 'UserGroups', 'UserGroup', 'EmployeeFormOptions'];

/** `groups/:id/members`: who is in the group; add and remove through setUserGroupMembers. */
export function UserGroupMembersPage() {
  const { groupId = '' } = useParams();
  const { group } = useRouteGroup();
  const name = group?.name ?? 'Group';
  const [adding, setAdding] = useState(false);
  const [setMembers, { loading }] = useMutation(SetUserGroupMembersDocument, { refetchQueries: REFETCH });

  const change = async (ids: string[], add: boolean, done: string) => {
    const input = add ? { groupId, addEmployeeIds: ids } : { groupId, removeEmployeeIds: ids };
    const payload = (await setMembers({ variables: { input } })).data?.setUserGroupMembers;
    const problem = payload?.userErrors[0];
    if (problem) notifications.show({ color: 'red', title: 'Could not update members', message: problem.message });
    else if (payload) notifications.show({ color: 'green', message: done });
  };

  return (
    <Stack>
      <Anchor component={Link} to="../.." relative="path" size="sm">
        ← All user groups
      </Anchor>
      <Group justify="space-between">
        <div>
          <Title order={2} size="h3">
            {name}: members
          </Title>
          {group?.description && <Text size="sm">{group.description}</Text>}
        </div>
        <Button onClick={() => setAdding(true)}>Add members</Button>
      </Group>
      <MemberList
        filter={{ groupId }}
        label={`Members of ${name}`}
        removing={loading}
        onRemove={(id, who) => void change([id], false, `Removed ${who} from ${name}.`)}
      />
      {adding && (
        <EmployeePickerModal
          title={`Add members to ${name}`}
          isMember={(e) => e.userGroups.some((g) => g.id === groupId)}
          confirmLabel={(n) => `Add ${n} to ${name}`}
          onClose={() => setAdding(false)}
          onConfirm={async (ids) => {
            await change(ids, true, `Added ${ids.length} to ${name}.`);
            setAdding(false);
          }}
        />
      )}
    </Stack>
  );
}
