import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useLocation, useNavigate, useOutletContext, useParams } from 'react-router';
import { CreateDepartmentDocument, DeleteDepartmentDocument, UpdateDepartmentDocument } from '../../../gql/graphql';
import { splitUserErrors } from '../../../lib/user-errors';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { FormAlert } from '../../../ui/form-alert';
import type { DepartmentsOutletContext } from '../pages/departments-page';

const REFETCH = ['Departments', 'EmployeeFormOptions', 'Employees'];

function useBackToList() {
  const navigate = useNavigate();
  const { search } = useLocation();
  const { departmentId } = useParams();
  // Dialogs sit one level (new) or two levels (:id/rename) below the list.
  return () => void navigate({ pathname: departmentId ? '../..' : '..', search }, { relative: 'path' });
}

/** The department the route names (undefined when it names none, null when it is not in the list). */
function useDepartment() {
  const { departmentId } = useParams();
  const { departments } = useOutletContext<DepartmentsOutletContext>();
  if (!departmentId) return undefined;
  return departments.find((d) => d.id === departmentId) ?? null;
}

/** `departments/new` and `departments/:id/rename`: one name field. */
export function DepartmentNameDialog() {
  const department = useDepartment();
  const close = useBackToList();
  const [name, setName] = useState(department?.name ?? '');
  const [errors, setErrors] = useState(splitUserErrors([], []));
  const [create, createState] = useMutation(CreateDepartmentDocument, { refetchQueries: REFETCH });
  const [update, updateState] = useMutation(UpdateDepartmentDocument, { refetchQueries: REFETCH });

  if (department === null) return null;
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

/** `departments/:id/delete`: confirm, then delete; members keep their place without a department. */
export function DeleteDepartmentDialog() {
  const department = useDepartment();
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
