import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import {
  CreateUserGroupDocument,
  DeleteUserGroupDocument,
  UpdateUserGroupDocument,
  type UserGroupFieldsFragment,
} from '../../../gql/graphql';
import { splitUserErrors } from '../../../lib/user-errors';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { FormAlert } from '../../../ui/form-alert';
import { useRouteGroup } from '../hooks/use-route-group';

const REFETCH = ['UserGroups', 'UserGroup', 'EmployeeFormOptions', 'Employees'];

function useBackToList() {
  const navigate = useNavigate();
  const { search } = useLocation();
  const { groupId } = useParams();
  // Dialogs sit one level (new) or two levels (:id/edit) below the list.
  return () => void navigate({ pathname: groupId ? '../..' : '..', search }, { relative: 'path' });
}

function GroupForm({ group, close }: { group: UserGroupFieldsFragment | null; close: () => void }) {
  const [name, setName] = useState(group?.name ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const [errors, setErrors] = useState(splitUserErrors([], []));
  const [create, createState] = useMutation(CreateUserGroupDocument, { refetchQueries: REFETCH });
  const [update, updateState] = useMutation(UpdateUserGroupDocument, { refetchQueries: REFETCH });

  const save = async () => {
    const input = { name: name.trim(), description: description.trim() };
    const payload = group
      ? (await update({ variables: { input: { id: group.id, ...input } } })).data?.updateUserGroup
      : (await create({ variables: { input } })).data?.createUserGroup;
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setErrors(splitUserErrors(payload.userErrors, ['name', 'description']));
      return;
    }
    notifications.show({ color: 'green', message: group ? 'Group saved.' : 'Group added.' });
    close();
  };

  return (
    <Modal opened onClose={close} title={group ? `Edit ${group.name}` : 'Add user group'} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          <FormAlert messages={errors.general} />
          <TextInput label="Name" required value={name} error={errors.byField['name']} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          <Textarea
            label="Description"
            value={description}
            error={errors.byField['description']}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" disabled={!name.trim()} loading={createState.loading || updateState.loading}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** `groups/new` and `groups/:id/edit`: name and description. */
export function UserGroupDialog() {
  const { none, loading, group } = useRouteGroup();
  const close = useBackToList();
  if (!none && (loading || !group)) return null;
  return <GroupForm key={group?.id ?? 'new'} group={group} close={close} />;
}

/** `groups/:id/delete`: confirm, then delete; members leave the group. */
export function DeleteUserGroupDialog() {
  const { group } = useRouteGroup();
  const close = useBackToList();
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [remove, { loading }] = useMutation(DeleteUserGroupDocument, { refetchQueries: REFETCH });
  if (!group) return null;
  const confirm = async () => {
    const payload = (await remove({ variables: { input: { id: group.id } } })).data?.deleteUserGroup;
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setErrors(payload.userErrors.map((e) => e.message));
      return;
    }
    notifications.show({ color: 'green', message: `Deleted ${group.name}.` });
    close();
  };
  return (
    <ConfirmModal
      title={`Delete ${group.name}?`}
      message={`${group.memberCount} member(s) will leave the group. Items it owns or is shared with lose that link.`}
      confirmLabel="Delete group"
      onConfirm={() => void confirm()}
      onClose={close}
      loading={loading}
      errors={errors}
    />
  );
}
