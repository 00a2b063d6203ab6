import { useMutation } from '@apollo/client/react';
import { normalizeEmail, cleanName } from '@gatehouse/contracts';
import { notifications } from '@mantine/notifications';
import { CreateExternalUserDocument } from '../../../gql/graphql';
import { EmployeeDrawer, useCloseDrawer } from '../../employees';
import { ExternalUserForm } from '../components/external-user-form';

/** The drawer width of the three-field external user form. */
export const EXTERNAL_USER_DRAWER_SIZE = 560;

/** `/settings/people/external/new`: the Add External User drawer. */
export function AddExternalUserPage() {
  const close = useCloseDrawer();
  const [createExternalUser] = useMutation(CreateExternalUserDocument, { refetchQueries: ['ExternalUsers'] });
  return (
    <EmployeeDrawer title="Add external user" size={EXTERNAL_USER_DRAWER_SIZE}>
      <ExternalUserForm
        initialValues={{ firstName: '', lastName: '', email: '' }}
        isEditing={false}
        onCancel={close}
        onSubmit={async (v) => {
          const { data } = await createExternalUser({
            variables: { input: { firstName: cleanName(v.firstName), lastName: cleanName(v.lastName), email: normalizeEmail(v.email) } },
          });
          const payload = data?.createExternalUser;
          if (!payload) return [];
          if (payload.externalUser && payload.userErrors.length === 0) {
            notifications.show({ color: 'green', message: `Added ${payload.externalUser.fullName}.` });
            close();
          }
          return payload.userErrors;
        }}
      />
    </EmployeeDrawer>
  );
}
