import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AcceptInvitationDocument, InvitationDocument, type InvitationLinkState } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';
import { InvitationPage } from './invitation-page';

const TOKEN = 'tok_123';

function invitation(state: InvitationLinkState, live: { hasPassword: boolean } | null) {
  return {
    request: { query: InvitationDocument, variables: { token: TOKEN } },
    result: {
      data: {
        invitation: {
          __typename: 'Invitation',
          state,
          accountName: 'Harbour Hall',
          email: live ? 'nia@example.com' : null,
          firstName: live ? 'Nia' : null,
          hasPassword: live ? live.hasPassword : null,
          expiresAt: '2026-12-09T09:00:00.000Z',
        },
      },
    },
  };
}

const open = (mocks: Parameters<typeof renderWithApp>[1]) => renderWithApp(<InvitationPage />, { ...mocks, path: '/invitation', url: `/invitation#token=${TOKEN}` });

describe('InvitationPage', () => {
  it.each([
    ['EXPIRED', 'This invitation has expired', 'Ask an administrator of Harbour Hall to send you a new one.'],
    ['USED', 'This invitation was already accepted', 'Log in with your email and password.'],
    ['SUPERSEDED', 'A newer invitation replaced this one', 'only the latest link works'],
    ['EMPLOYEE_INACTIVE', 'Your membership is inactive', 'Ask them to reactivate you'],
    ['UNKNOWN', 'This invitation link does not work', 'opened the whole link'],
  ] as const)('a %s link has its own page and no password field', async (state, title, body) => {
    open({ mocks: [invitation(state, null)] });
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(body);
    expect(screen.queryByLabelText(/password/i)).not.toBeInTheDocument();
  });

  it('a link without a token reads as not working, without asking the server', async () => {
    renderWithApp(<InvitationPage />, { mocks: [], path: '/invitation', url: '/invitation' });
    expect(await screen.findByRole('heading', { name: 'This invitation link does not work' })).toBeInTheDocument();
  });

  it('a new login chooses a password: the rules are shown and a short one is refused before sending', async () => {
    open({ mocks: [invitation('VALID', { hasPassword: false })] });
    expect(await screen.findByRole('heading', { name: 'Join Harbour Hall' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('nia@example.com');
    expect(screen.getByText(/At least 12 characters; not a commonly used password/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Choose a password/), 'too short');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and join' }));
    expect(await screen.findByText('Use at least 12 characters.')).toBeInTheDocument();
  });

  it('an existing login signs in with its password; a wrong one is said beside the field', async () => {
    const wrong = {
      request: { query: AcceptInvitationDocument, variables: { input: { token: TOKEN, password: 'my old password' } } },
      result: {
        data: {
          acceptInvitation: {
            __typename: 'ViewerPayload',
            viewer: null,
            userErrors: [{ __typename: 'UserError', field: 'password', code: 'INVALID_CREDENTIALS', message: 'That is not the password of this login.' }],
          },
        },
      },
    };
    open({ mocks: [invitation('VALID', { hasPassword: true }), wrong] });
    expect(await screen.findByText(/already has a Gatehouse login/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Your password/), 'my old password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in and join' }));
    expect(await screen.findByText('That is not the password of this login.')).toBeInTheDocument();
  });
});
