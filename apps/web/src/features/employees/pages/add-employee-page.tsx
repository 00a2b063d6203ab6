import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useViewer, viewerPrincipal } from '../../auth';
import { CreateEmployeeDocument } from '../../../gql/graphql';
import { EmployeeDrawer, useCloseDrawer } from '../components/employee-drawer';
import { EmployeeForm } from '../components/employee-form';
import { blankEmployeeValues, toCreateInput } from '../employee-input';
import { useEmployeeOptions } from '../hooks/use-employee-options';

/** `/settings/people/employees/new`: the Add Employee drawer. */
export function AddEmployeePage() {
  const { viewer } = useViewer();
  const options = useEmployeeOptions();
  const close = useCloseDrawer();
  const [createEmployee] = useMutation(CreateEmployeeDocument, { refetchQueries: ['Employees', 'Departments', 'UserGroups'] });
  if (!viewer) return null;
  return (
    <EmployeeDrawer title="Add employee">
      <EmployeeForm
        initialValues={blankEmployeeValues()}
        before={null}
        actor={viewerPrincipal(viewer)}
        departments={options.departments}
        groups={options.groups}
        onCancel={close}
        canSendInvite
        onSubmit={async (values, _changed, { sendInvite }) => {
          const { data } = await createEmployee({ variables: { input: { ...toCreateInput(values), sendInvite } } });
          const payload = data?.createEmployee;
          if (!payload) return [];
          const added = payload.employee;
          if (added && payload.userErrors.length === 0) {
            const message = sendInvite ? `Added ${added.fullName} and sent an invitation to ${added.email}.` : `Added ${added.fullName}.`;
            notifications.show({ color: 'green', message });
            close();
          }
          return payload.userErrors;
        }}
      />
    </EmployeeDrawer>
  );
}
