import { screen } from '@testing-library/react';
import { routes } from '../../../app/router';
import { MeDocument, SetupStatusDocument, TermsOfUseDocument } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';

const builtIn = {
  request: { query: TermsOfUseDocument },
  result: {
    data: {
      termsOfUse: { __typename: 'TermsOfUse', audience: 'EMPLOYEES', text: 'First paragraph.\n\nSecond paragraph.', version: 1, publishedAt: '2026-12-01T10:00:00.000Z', isDefault: true },
    },
  },
  maxUsageCount: 5,
};

describe('TermsPage', () => {
  it('is reachable signed out and shows the terms the server answers, a paragraph per blank line', async () => {
    const signedOut = { request: { query: MeDocument }, result: { data: { me: null } }, maxUsageCount: 5 };
    renderWithApp(null, { routes, url: '/terms', mocks: [signedOut, builtIn] });
    expect(await screen.findByRole('heading', { name: 'Terms of use' })).toBeInTheDocument();
    expect(await screen.findByText('First paragraph.')).toBeInTheDocument();
    expect(screen.getByText('Second paragraph.')).toBeInTheDocument();
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
