import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useParams } from 'react-router';
import { ExternalUserDocument, PromoteExternalUserDocument } from '../../../gql/graphql';
import { PageLoader } from '../../../ui/page-loader';
import { useViewer, viewerPrincipal } from '../../auth';
import { blankEmployeeValues, EmployeeDrawer, EmployeeForm, toNewEmployeeFields, useCloseDrawer, useEmployeeOptions } from '../../employees';

/**
 * `/settings/people/external/:externalUserId/promote`: Promote to Employee opens the employee
 * form prefilled with the external user's name and email (read-only); Save User makes them an
 * employee and removes the external user, in one transaction on the server.
 */
export function PromoteExternalUserPage() {
  const { externalUserId = '' } = useParams();
  const { viewer } = useViewer();
  const options = useEmployeeOptions();
  const close = useCloseDrawer();
  const { data, loading } = useQuery(ExternalUserDocument, { variables: { id: externalUserId }, fetchPolicy: 'cache-and-network' });
  const [promote] = useMutation(PromoteExternalUserDocument, { refetchQueries: ['ExternalUsers', 'Employees', 'Departments', 'UserGroups'] });
  const person = data?.externalUser;

  let body;
  if (!viewer || (loading && !person)) body = <PageLoader label="Loading external user" />;
  else if (!person) body = <Alert color="yellow">This external user does not exist or was already promoted or deleted.</Alert>;
  else
    body = (
      <EmployeeForm
        key={person.id}
        initialValues={{ ...blankEmployeeValues(), firstName: person.firstName, surname: person.lastName, email: person.email }}
        isEmailFixed
        canSendInvite
        before={null}
        actor={viewerPrincipal(viewer)}
        departments={options.departments}
        groups={options.groups}
        onCancel={close}
        onSubmit={async (values, _changed, { sendInvite }) => {
          const { data: result } = await promote({ variables: { input: { externalUserId: person.id, employee: { ...toNewEmployeeFields(values), sendInvite } } } });
          const payload = result?.promoteExternalUser;
          if (!payload) return [];
          if (payload.employee && payload.userErrors.length === 0) {
            const invited = sendInvite ? ` An invitation was sent to ${person.email}.` : '';
            notifications.show({ color: 'green', message: `${payload.employee.fullName} is now an employee.${invited}` });
            close();
          }
          return payload.userErrors;
        }}
      />
    );
  return <EmployeeDrawer title={person ? `Promote ${person.fullName} to employee` : 'Promote to employee'}>{body}</EmployeeDrawer>;
}
