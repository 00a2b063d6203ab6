import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SendInvitationsDocument } from '../../../gql/graphql';
import { viewerPrincipal } from '../../auth';
import { buildEmployee, buildViewer } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { SendInvitesButton } from './send-invites-button';

const newcomer = buildEmployee({ firstName: 'Nia', surname: 'North' });
const invited = buildEmployee({ firstName: 'Ian', surname: 'Invited', invitationState: 'INVITED', invitedAt: '2026-12-01T09:00:00.000Z' });
const inactive = buildEmployee({ firstName: 'Ivo', surname: 'Idle', isActive: false });
const accepted = buildEmployee({ firstName: 'Aki', surname: 'Already', invitationState: 'ACCEPTED' });
const accountAdmin = buildEmployee({ firstName: 'Ada', surname: 'Boss', role: 'ACCOUNT_ADMIN' });

describe('SendInvitesButton', () => {
  it('names who cannot be invited and why, and sends to the others only', async () => {
    const sent = {
      request: { query: SendInvitationsDocument, variables: { input: { employeeIds: [newcomer.id, invited.id] } } },
      result: { data: { sendInvitations: { __typename: 'SendInvitationsPayload', employees: [newcomer, invited], userErrors: [] } } },
    };
    const onSent = jest.fn();
    const actor = viewerPrincipal(buildViewer('USER_ADMIN'));
    renderWithApp(<SendInvitesButton employees={[newcomer, invited, inactive, accepted, accountAdmin]} actor={actor} onSent={onSent} />, { mocks: [sent] });
    await userEvent.click(screen.getByRole('button', { name: 'Send invites (5)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send invites' });
    expect(dialog).toHaveTextContent('Send an invitation email to 2 people?');
    expect(dialog).toHaveTextContent('One of them is already invited and gets a new link');
    expect(dialog).toHaveTextContent('Inactive: Ivo Idle');
    expect(dialog).toHaveTextContent('Already accepted: Aki Already');
    expect(dialog).toHaveTextContent('Only an account admin can invite them: Ada Boss');
    await userEvent.click(screen.getByRole('button', { name: 'Send 2 invites' }));
    await waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers nothing to send when nobody selected can be invited', async () => {
    const actor = viewerPrincipal(buildViewer('ACCOUNT_ADMIN'));
    renderWithApp(<SendInvitesButton employees={[inactive, accepted]} actor={actor} onSent={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send invites (2)' }));
    expect(await screen.findByText('Nobody in the selection can be invited.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send 0 invites' })).toBeDisabled();
  });
});
