import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CompleteSetupDocument, SetupStatusDocument } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';
import { SetupPage } from './setup-page';

const status = (needsSetup: boolean) => ({
  request: { query: SetupStatusDocument },
  result: { data: { setupStatus: { __typename: 'SetupStatusType', needsSetup } } },
});

describe('SetupPage', () => {
  it('says plainly when Gatehouse is already set up', async () => {
    renderWithApp(<SetupPage />, { mocks: [status(false)], path: '/setup', url: '/setup?token=used' });
    expect(await screen.findByRole('alert')).toHaveTextContent('already set up');
    expect(screen.queryByRole('button', { name: 'Create account' })).not.toBeInTheDocument();
  });

  it('asks for a 12-character password before sending, then shows a bad token as an alert', async () => {
    const invalid = {
      request: { query: CompleteSetupDocument, variables: () => true },
      result: {
        data: {
          completeSetup: {
            __typename: 'ViewerPayload',
            viewer: null,
            userErrors: [{ __typename: 'UserError', field: 'token', code: 'INVALID_TOKEN', message: 'This setup link is not valid.' }],
          },
        },
      },
    };
    renderWithApp(<SetupPage />, { mocks: [status(true), invalid], path: '/setup', url: '/setup?token=bad' });
    await userEvent.type(await screen.findByRole('textbox', { name: /^Account name/ }), 'Wembley Ops');
    await userEvent.type(screen.getByRole('textbox', { name: /^First name/ }), 'Ada');
    await userEvent.type(screen.getByRole('textbox', { name: /^Surname/ }), 'Admin');
    await userEvent.type(screen.getByRole('textbox', { name: /^Email/ }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText(/^Password/), 'short');
    await userEvent.click(screen.getByRole('checkbox', { name: 'I accept the terms of use' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Use at least 12 characters.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/^Password/), ' and more words');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This setup link is not valid.');
  });
});
