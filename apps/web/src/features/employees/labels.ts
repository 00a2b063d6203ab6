import type { InvitationState } from '../../gql/graphql';

export const INVITATION_LABELS: Readonly<Record<InvitationState, string>> = {
  NOT_INVITED: 'Not invited',
  INVITED: 'Invited',
  ACCEPTED: 'Accepted',
};
