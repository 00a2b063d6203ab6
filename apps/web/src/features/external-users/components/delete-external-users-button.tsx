import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { DeleteExternalUsersDocument, RequestExternalUserDeleteChallengeDocument, type ExternalUserFieldsFragment } from '../../../gql/graphql';
import { DeletePeopleModal, type PeopleNoun } from '../../employees';

const EXTERNAL_USERS: PeopleNoun = { one: 'external user', many: 'external users', consequence: 'will lose access to every job and incident assigned to them' };

/** "Delete (n)": asks the server for a delete challenge for these external users, then shows it in the employees' dialog. */
export function DeleteExternalUsersButton({ people, onDeleted }: { readonly people: readonly ExternalUserFieldsFragment[]; readonly onDeleted: () => void }) {
  const [requestChallenge, challengeState] = useMutation(RequestExternalUserDeleteChallengeDocument);
  const [deleteExternalUsers] = useMutation(DeleteExternalUsersDocument, { refetchQueries: ['ExternalUsers'] });
  const [open, setOpen] = useState(false);

  const request = () => {
    // A failed request rejects; the error link has already reported it and the dialog says it has no number.
    requestChallenge({ variables: { input: { externalUserIds: people.map((p) => p.id) } } }).catch(() => undefined);
  };
  const close = (deleted: boolean) => {
    setOpen(false);
    // The next click asks for a fresh challenge; the old code must not show meanwhile.
    challengeState.reset();
    if (deleted) onDeleted();
  };

  return (
    <>
      <Button
        color="red"
        variant="light"
        onClick={() => {
          setOpen(true);
          request();
        }}
      >
        Delete ({people.length})
      </Button>
      {open && (
        <DeletePeopleModal
          people={people}
          noun={EXTERNAL_USERS}
          challengeRequest={{
            loading: challengeState.loading,
            failed: challengeState.error !== undefined,
            result: challengeState.data?.requestExternalUserDeleteChallenge ?? null,
          }}
          onRestart={() => {
            challengeState.reset();
            request();
          }}
          onConfirm={async ({ ids, challengeId, code }) => {
            const { data } = await deleteExternalUsers({ variables: { input: { externalUserIds: ids, challengeId, code } } });
            return data?.deleteExternalUsers;
          }}
          onClose={close}
        />
      )}
    </>
  );
}
