import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { FailedMailDocument, RetryMailDocument } from '../../../gql/graphql';

/** Retries failed emails; the list reloads and a toast says what happened (or why nothing did). */
export function useRetryMail(): { retry: (ids: readonly string[]) => Promise<boolean>; retrying: boolean } {
  const [mutate, state] = useMutation(RetryMailDocument, { refetchQueries: [FailedMailDocument] });
  const retry = async (ids: readonly string[]): Promise<boolean> => {
    const { data } = await mutate({ variables: { input: { ids: [...ids] } } });
    const payload = data?.retryMail;
    const problem = payload?.userErrors[0];
    if (!payload || problem) {
      notifications.show({ color: 'red', title: 'Nothing was retried', message: problem?.message ?? 'Try again.' });
      return false;
    }
    const n = payload.retriedIds?.length ?? ids.length;
    notifications.show({ color: 'green', message: `${n} ${n === 1 ? 'email' : 'emails'} will be sent again now.` });
    return true;
  };
  return { retry, retrying: state.loading };
}
