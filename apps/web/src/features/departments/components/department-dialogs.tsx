import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import {
  CreateDepartmentDocument,
  DeleteDepartmentDocument,
  UpdateDepartmentDocument,
  type DepartmentFieldsFragment,
} from '../../../gql/graphql';
import { splitUserErrors } from '../../../lib/user-errors';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { FormAlert } from '../../../ui/form-alert';
import { useRouteDepartment } from '../hooks/use-route-department';

const REFETCH = ['Departments', 'Department', 'EmployeeFormOptions', 'Employees'];

function useBackToList() {
  const navigate = useNavigate();
  const { search } = useLocation();
  const { departmentId } = useParams();
  // Dialogs sit one level (new) or two levels (:id/rename) below the list.
  return () => void navigate({ pathname: departmentId ? '../..' : '..', search }, { relative: 'path' });
}

function NameForm({ department, close }: { department: DepartmentFieldsFragment | null; close: () => void }) {
  const [name, setName] = useState(department?.name ?? '');
  const [errors, setErrors] = useState(splitUserErrors([], []));
  const [create, createState] = useMutation(CreateDepartmentDocument, { refetchQueries: REFETCH });
  const [update, updateState] = useMutation(UpdateDepartmentDocument, { refetchQueries: REFETCH });

  const save = async () => {
    const input = { name: name.trim() };
    const payload = department
      ? (await update({ variables: { input: { id: department.id, ...input } } })).data?.updateDepartment
      : (await create({ variables: { input } })).data?.createDepartment;
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setErrors(splitUserErrors(payload.userErrors, ['name']));
      return;
    }
    notifications.show({ color: 'green', message: department ? 'Department renamed.' : 'Department added.' });
    close();
  };

  return (
    <Modal opened onClose={close} title={department ? `Rename ${department.name}` : 'Add department'} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          <FormAlert messages={errors.general} />
          <TextInput label="Name" required value={name} error={errors.byField['name']} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
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

/** `departments/new` and `departments/:id/rename`: one name field. */
export function DepartmentNameDialog() {
  const { none, loading, department } = useRouteDepartment();
  const close = useBackToList();
  if (!none && (loading || !department)) return null;
  return <NameForm key={department?.id ?? 'new'} department={department} close={close} />;
}

/** `departments/:id/delete`: confirm, then delete; members stay, without a department. */
export function DeleteDepartmentDialog() {
  const { department } = useRouteDepartment();
  const close = useBackToList();
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [remove, { loading }] = useMutation(DeleteDepartmentDocument, { refetchQueries: REFETCH });
  if (!department) return null;
  const confirm = async () => {
    const payload = (await remove({ variables: { input: { id: department.id } } })).data?.deleteDepartment;
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setErrors(payload.userErrors.map((e) => e.message));
      return;
    }
    notifications.show({ color: 'green', message: `Deleted ${department.name}.` });
    close();
  };
  return (
    <ConfirmModal
      title={`Delete ${department.name}?`}
      message={`${department.memberCount} member(s) will be left without a department.`}
      confirmLabel="Delete department"
      onConfirm={() => void confirm()}
      onClose={close}
      loading={loading}
      errors={errors}
    />
  );
}
