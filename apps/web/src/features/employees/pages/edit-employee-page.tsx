import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useParams } from 'react-router';
import { useViewer, viewerPrincipal } from '../../auth';
import { EmployeeDocument, UpdateEmployeeDocument } from '../../../gql/graphql';
import { PageLoader } from '../../../ui/page-loader';
import { EmployeeDrawer, useCloseDrawer } from '../components/employee-drawer';
import { EmployeeForm } from '../components/employee-form';
import { TermsAcceptance } from '../components/terms-acceptance';
import { employeeSnapshot, employeeValues, toUpdateInput } from '../employee-input';
import { useEmployeeOptions } from '../hooks/use-employee-options';

/** `/settings/people/employees/:employeeId`: the Edit Employee drawer (email read-only). */
export function EditEmployeePage() {
  const { employeeId = '' } = useParams();
  const { viewer } = useViewer();
  const options = useEmployeeOptions();
  const close = useCloseDrawer();
  const { data, loading } = useQuery(EmployeeDocument, { variables: { id: employeeId }, fetchPolicy: 'cache-and-network' });
  const [updateEmployee] = useMutation(UpdateEmployeeDocument, { refetchQueries: ['Employees', 'Departments', 'UserGroups'] });
  const employee = data?.employee;

  let body;
  if (!viewer || (loading && !employee)) body = <PageLoader label="Loading employee" />;
  else if (!employee) body = <Alert color="yellow">This employee does not exist or was deleted.</Alert>;
  else
    body = (
      <>
      <TermsAcceptance acceptedVersion={employee.termsAcceptedVersion} acceptedAt={employee.termsAcceptedAt} />
      <EmployeeForm
        key={employee.id}
        initialValues={employeeValues(employee)}
        before={employeeSnapshot(employee)}
        actor={viewerPrincipal(viewer)}
        departments={options.departments}
        groups={options.groups}
        onCancel={close}
        onSubmit={async (values, changed) => {
          const { data: result } = await updateEmployee({
            variables: { input: toUpdateInput(employee.id, values, changed) },
          });
          const payload = result?.updateEmployee;
          if (!payload) return [];
          if (payload.employee && payload.userErrors.length === 0) {
            notifications.show({ color: 'green', message: `Saved ${payload.employee.fullName}.` });
            close();
          }
          return payload.userErrors;
        }}
      />
      </>
    );
  return <EmployeeDrawer title={employee ? `Edit ${employee.fullName}` : 'Edit employee'}>{body}</EmployeeDrawer>;
}
