import { useMutation, useQuery } from '@apollo/client/react';
import { cleanName } from '@gatehouse/contracts';
import { Alert, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useLocation, useParams } from 'react-router';
import { ExternalUserDocument, UpdateExternalUserDocument } from '../../../gql/graphql';
import { PageLoader } from '../../../ui/page-loader';
import { EmployeeDrawer, useCloseDrawer } from '../../employees';
import { ExternalUserForm } from '../components/external-user-form';
import { EXTERNAL_USER_DRAWER_SIZE } from './add-external-user-page';

/** `/settings/people/external/:externalUserId`: the Edit External User drawer (email read-only), with Promote to Employee. */
export function EditExternalUserPage() {
  const { externalUserId = '' } = useParams();
  const { search } = useLocation();
  const close = useCloseDrawer();
  const { data, loading } = useQuery(ExternalUserDocument, { variables: { id: externalUserId }, fetchPolicy: 'cache-and-network' });
  const [updateExternalUser] = useMutation(UpdateExternalUserDocument, { refetchQueries: ['ExternalUsers'] });
  const person = data?.externalUser;

  let body;
  if (loading && !person) body = <PageLoader label="Loading external user" />;
  else if (!person) body = <Alert color="yellow">This external user does not exist or was deleted.</Alert>;
  else
    body = (
      <ExternalUserForm
        key={person.id}
        initialValues={{ firstName: person.firstName, lastName: person.lastName, email: person.email }}
        isEditing
        onCancel={close}
        actions={
          <Button variant="light" component={Link} to={`promote${search}`}>
            Promote to Employee
          </Button>
        }
        onSubmit={async (v) => {
          const { data: result } = await updateExternalUser({
            variables: { input: { id: person.id, firstName: cleanName(v.firstName), lastName: cleanName(v.lastName) } },
          });
          const payload = result?.updateExternalUser;
          if (!payload) return [];
          if (payload.externalUser && payload.userErrors.length === 0) {
            notifications.show({ color: 'green', message: `Saved ${payload.externalUser.fullName}.` });
            close();
          }
          return payload.userErrors;
        }}
      />
    );
  return (
    <EmployeeDrawer title={person ? `Edit ${person.fullName}` : 'Edit external user'} size={EXTERNAL_USER_DRAWER_SIZE}>
      {body}
    </EmployeeDrawer>
  );
}
