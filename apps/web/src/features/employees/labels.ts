import type { InvitationState } from '../../gql/graphql';

export const INVITATION_LABELS: Readonly<Record<InvitationState, string>> = {
  NOT_INVITED: 'Not invited',
  INVITED: 'Invited',
  ACCEPTED: 'Accepted',
};

/** The invitation state for a list cell, with the date an invitation was sent ("Invited 2 Dec 2026"). */
export function invitationLabel(state: InvitationState, invitedAt: string | null, formatDate: (iso: string) => string): string {
  return state === 'INVITED' && invitedAt ? `${INVITATION_LABELS[state]} ${formatDate(invitedAt)}` : INVITATION_LABELS[state];
}
