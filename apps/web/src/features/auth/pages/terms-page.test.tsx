import { screen } from '@testing-library/react';
import { routes } from '../../../app/router';
import { MeDocument, SetupStatusDocument } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';

describe('TermsPage', () => {
  it('is reachable signed out and says these are the account’s terms', async () => {
    const signedOut = { request: { query: MeDocument }, result: { data: { me: null } }, maxUsageCount: 5 };
    renderWithApp(null, { routes, url: '/terms', mocks: [signedOut] });
    expect(await screen.findByRole('heading', { name: 'Terms of use' })).toBeInTheDocument();
    expect(screen.getByText(/These are the terms of use of this Gatehouse account/)).toBeInTheDocument();
    expect(document.title).toBe('Terms of use · Gatehouse');
  });

  it('is linked from the setup page’s terms checkbox', async () => {
    const needsSetup = {
      request: { query: SetupStatusDocument },
      result: { data: { setupStatus: { __typename: 'SetupStatusType', needsSetup: true } } },
    };
    renderWithApp(null, { routes, url: '/setup?token=abc', mocks: [needsSetup] });
    await screen.findByRole('checkbox', { name: 'I accept the terms of use' });
    expect(screen.getByRole('link', { name: 'Read the terms of use' })).toHaveAttribute('href', '/terms');
  });
});
