import { useMutation } from '@apollo/client/react';
import { DeleteExternalUsersDocument, RequestExternalUserDeleteChallengeDocument, type ExternalUserFieldsFragment } from '../../../gql/graphql';
import { DeletePeopleButton, type PeopleNoun } from '../../employees';

const EXTERNAL_USERS: PeopleNoun = { one: 'external user', many: 'external users', consequence: 'will lose access to every job and incident assigned to them' };

/** "Delete (n)" for external users, with the employees' delete challenge and dialog. */
export function DeleteExternalUsersButton({ people, onDeleted }: { readonly people: readonly ExternalUserFieldsFragment[]; readonly onDeleted: () => void }) {
  const [requestChallenge, challengeState] = useMutation(RequestExternalUserDeleteChallengeDocument);
  const [deleteExternalUsers] = useMutation(DeleteExternalUsersDocument, { refetchQueries: ['ExternalUsers'] });
  return (
    <DeletePeopleButton
      people={people}
      noun={EXTERNAL_USERS}
      challenge={{
        request: () => requestChallenge({ variables: { input: { externalUserIds: people.map((p) => p.id) } } }),
        reset: challengeState.reset,
        loading: challengeState.loading,
        failed: challengeState.error !== undefined,
        result: challengeState.data?.requestExternalUserDeleteChallenge ?? null,
      }}
      onConfirm={async ({ ids, challengeId, code }) => {
        const { data } = await deleteExternalUsers({ variables: { input: { externalUserIds: ids, challengeId, code } } });
        return data?.deleteExternalUsers;
      }}
      onDeleted={onDeleted}
    />
  );
}
