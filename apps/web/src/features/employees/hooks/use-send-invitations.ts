import { useMutation } from '@apollo/client/react';
import { SendInvitationsDocument, type UserErrorFieldsFragment } from '../../../gql/graphql';

export type SendResult = { readonly sent: number; readonly errors: readonly UserErrorFieldsFragment[] };

/** sendInvitations for some employees; the list and the home page counts refetch afterwards. */
export function useSendInvitations(): { send: (employeeIds: readonly string[]) => Promise<SendResult>; sending: boolean } {
  const [mutate, { loading }] = useMutation(SendInvitationsDocument, { refetchQueries: ['Employees', 'PeopleByState'] });
  const send = async (employeeIds: readonly string[]): Promise<SendResult> => {
    const { data } = await mutate({ variables: { input: { employeeIds: [...employeeIds] } } });
    const payload = data?.sendInvitations;
    return { sent: payload?.employees?.length ?? 0, errors: payload?.userErrors ?? [] };
  };
  return { send, sending: loading };
}
