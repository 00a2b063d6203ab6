import { Alert, Button, Code, Group, Loader, Modal, PinInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import type { UserErrorFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { FormAlert } from '../../../ui/form-alert';

/** A delete challenge payload, the same for every kind of people. */
export interface ChallengePayload {
  readonly challenge?: { readonly id: string; readonly code: string; readonly expiresAt: string } | null;
  readonly userErrors: readonly UserErrorFieldsFragment[];
}

/** The delete challenge as requested when the dialog opened. */
export interface ChallengeRequest {
  readonly loading: boolean;
  /** The request itself failed (network, session): there is no number to show. */
  readonly failed: boolean;
  readonly result: ChallengePayload | null;
}

/** What the delete mutation of a kind of people answers. */
export interface DeletePayload {
  readonly deletedIds?: readonly string[] | null;
  readonly userErrors: readonly UserErrorFieldsFragment[];
}

/** Whom the dialog deletes, in words. */
export interface PeopleNoun {
  /** "employee" */
  readonly one: string;
  /** "employees" */
  readonly many: string;
  /** What deleting does to them, after their names: "will be removed from every item, group and session". */
  readonly consequence: string;
}

export interface DeletePeopleModalProps {
  readonly people: readonly { readonly id: string; readonly fullName: string }[];
  readonly noun: PeopleNoun;
  /** Asked for by the click that opened the dialog, for exactly these people. */
  readonly challengeRequest: ChallengeRequest;
  /** Asks the server for a fresh challenge for the same people (the old one is spent or expired). */
  readonly onRestart: () => void;
  /** Deletes with the challenge and the typed number; undefined when the request failed (the error link reported it). */
  readonly onConfirm: (input: { ids: string[]; challengeId: string; code: string }) => Promise<DeletePayload | undefined>;
  /** `true` when the people were deleted. */
  readonly onClose: (deleted: boolean) => void;
}

/** Why the delete was refused, sorted by where the dialog shows it. */
interface DeleteRefusal {
  /** A wrong number: shown under the code input. */
  readonly code: string | null;
  /** The challenge is spent, expired or for another selection: only a new one helps. */
  readonly restart: string | null;
  readonly general: readonly string[];
}

const NO_REFUSAL: DeleteRefusal = { code: null, restart: null, general: [] };

function sortRefusal(errors: readonly { field: string | null; code: string; message: string }[]): DeleteRefusal {
  const onCode = errors.find((e) => e.field === 'code');
  const spent = errors.find((e) => e.field === 'challengeId' || e.code === 'CHALLENGE_MISMATCH');
  return {
    code: onCode?.message ?? null,
    restart: spent?.message ?? null,
    general: errors.filter((e) => e !== onCode && e !== spent).map((e) => e.message),
  };
}

function namesOf(people: readonly { readonly fullName: string }[]): string {
  const names = people.slice(0, 5).map((e) => e.fullName);
  const more = people.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

/**
 * Delete with a typed number, for employees and external users alike: the server
 * issues a challenge for exactly these ids, the admin types its code, and the
 * delete carries both. The challenge is not requested here but by the click that
 * opens the dialog: one click, one challenge, however often React renders or
 * re-runs effects.
 */
export function DeletePeopleModal({ people, noun: words, challengeRequest, onRestart, onConfirm, onClose }: DeletePeopleModalProps) {
  const ids = people.map((e) => e.id);
  const [deleting, setDeleting] = useState(false);
  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState<DeleteRefusal>(NO_REFUSAL);
  const codeErrorId = useId();

  const challenge = challengeRequest.result?.challenge ?? null;
  const errors = [
    ...(challengeRequest.failed ? ['Could not get a confirmation number. Close this and try again.'] : []),
    ...(challengeRequest.result?.userErrors.map((e) => e.message) ?? []),
    ...refusal.general,
  ];
  const count = people.length;
  const noun = count === 1 ? words.one : words.many;

  const confirm = async () => {
    if (!challenge) return;
    setDeleting(true);
    const payload = await onConfirm({ ids, challengeId: challenge.id, code: typed }).finally(() => setDeleting(false));
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setRefusal(sortRefusal(payload.userErrors));
      return;
    }
    notifications.show({ color: 'green', message: `Deleted ${payload.deletedIds?.length ?? count} ${noun}.` });
    onClose(true);
  };

  const restart = () => {
    setTyped('');
    setRefusal(NO_REFUSAL);
    onRestart();
  };

  return (
    <Modal opened onClose={() => onClose(false)} title={`Delete ${count} ${noun}`} centered>
      <Stack>
        <Text size="sm">
          {namesOf(people)} {words.consequence}. This cannot be undone.
        </Text>
        <FormAlert messages={errors} title="Cannot delete" />
        {refusal.restart && (
          <Alert color="yellow" title="Start again" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{refusal.restart}</Text>
              <Button size="xs" variant="default" onClick={restart}>
                Get a new number
              </Button>
            </Stack>
          </Alert>
        )}
        {challengeRequest.loading && <Loader size="sm" aria-label="Preparing confirmation code" />}
        {challenge && !refusal.restart && (
          <>
            <Text size="sm">To confirm, type this number:</Text>
            <Code fz={36} fw={700} ta="center" py="sm" aria-label="Confirmation number" block>
              {challenge.code}
            </Code>
            <Text size="xs" c="dimmed">
              Valid until {formatDateTime(challenge.expiresAt)}.
            </Text>
            <PinInput
              length={challenge.code.length}
              type={/^\d+$/.test(challenge.code) ? 'number' : 'alphanumeric'}
              value={typed}
              onChange={setTyped}
              oneTimeCode={false}
              autoFocus
              error={refusal.code !== null}
              role="group"
              aria-label="Type the confirmation number"
              // On the group: Mantine's inputs set their own aria-describedby.
              aria-describedby={refusal.code ? codeErrorId : undefined}
              getInputProps={(index) => ({
                'aria-label': `Confirmation number, character ${index + 1}`,
                'aria-invalid': refusal.code !== null,
              })}
            />
            {refusal.code && (
              <Text id={codeErrorId} size="sm" c="red">
                {refusal.code}
              </Text>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={() => void confirm()}
            loading={deleting}
            disabled={!challenge || refusal.restart !== null || typed.length !== challenge.code.length}
          >
            Confirm delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
