import { Button, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { DeletePeopleModal, type ChallengeRequest, type DeletePeopleModalProps } from './delete-people-modal';

/** A kind of people's delete challenge mutation, as the button drives it. */
export interface ChallengeMutation extends ChallengeRequest {
  /** Asks the server for a challenge for the button's people. */
  readonly request: () => Promise<unknown>;
  /** Forgets the last answer, so an old number never shows while a new one is asked for. */
  readonly reset: () => void;
}

export interface DeletePeopleButtonProps extends Pick<DeletePeopleModalProps, 'people' | 'noun' | 'onConfirm'> {
  readonly challenge: ChallengeMutation;
  /** Why these people cannot be deleted, one sentence per rule; the button is then disabled and says so. */
  readonly blockers?: readonly string[];
  /** Called once the people were deleted. */
  readonly onDeleted: () => void;
}

/** "Delete (n)" for any kind of people: the click asks the server for a delete challenge, then the dialog shows it. */
export function DeletePeopleButton({ people, noun, onConfirm, challenge, blockers = [], onDeleted }: DeletePeopleButtonProps) {
  const [open, setOpen] = useState(false);
  const blockersId = useId();

  const request = () => {
    // A failed request rejects; the error link has already reported it and the dialog says it has no number.
    challenge.request().catch(() => undefined);
  };
  const start = () => {
    setOpen(true);
    request();
  };
  const close = (deleted: boolean) => {
    setOpen(false);
    // The next click asks for a fresh challenge; the old code must not show meanwhile.
    challenge.reset();
    if (deleted) onDeleted();
  };

  return (
    <>
      <Button color="red" variant="light" onClick={start} disabled={blockers.length > 0} aria-describedby={blockers.length > 0 ? blockersId : undefined}>
        Delete ({people.length})
      </Button>
      {blockers.length > 0 && (
        <Text id={blockersId} size="xs" c="red">
          {blockers.join(' ')}
        </Text>
      )}
      {open && (
        <DeletePeopleModal
          people={people}
          noun={noun}
          challengeRequest={challenge}
          onRestart={() => {
            challenge.reset();
            request();
          }}
          onConfirm={onConfirm}
          onClose={close}
        />
      )}
    </>
  );
}
