import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SwitchAccountDocument } from '../../../gql/graphql';
import { buildViewer } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { AccountSwitcher } from './account-switcher';

describe('AccountSwitcher', () => {
  it('shows only the account name when the person has one account', () => {
    renderWithApp(<AccountSwitcher viewer={buildViewer('GENERAL', { accounts: 1 })} />);
    expect(screen.getByText('Venue 1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Switch account/ })).not.toBeInTheDocument();
  });

  it('switches to another of the person’s accounts from a menu', async () => {
    const switched = { ...buildViewer('GENERAL', { accounts: 2 }) };
    const result = jest.fn(() => ({
      data: {
        switchAccount: {
          __typename: 'ViewerPayload',
          viewer: { ...switched, account: { __typename: 'Account' as const, id: 'acc-2', name: 'Venue 2' } },
          userErrors: [],
        },
      },
    }));
    const mock = { request: { query: SwitchAccountDocument, variables: { input: { accountId: 'acc-2' } } }, result };
    renderWithApp(<AccountSwitcher viewer={buildViewer('GENERAL', { accounts: 2 })} />, { mocks: [mock] });

    await userEvent.click(screen.getByRole('button', { name: /Switch account/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Venue 2' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
  });
});
