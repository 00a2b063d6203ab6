import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AcceptTermsDocument, MeDocument, TermsOfUseDocument } from '../../../gql/graphql';
import { buildViewer } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { TermsGate } from './terms-gate';

const mustAccept = { ...buildViewer('GENERAL'), mustAcceptTerms: true };
const terms = (version: number, text: string) => ({
  request: { query: TermsOfUseDocument },
  result: { data: { termsOfUse: { __typename: 'TermsOfUse', audience: 'EMPLOYEES', text, version, publishedAt: '2026-12-02T10:00:00.000Z', isDefault: false } } },
});

describe('TermsGate', () => {
  it('shows the app to someone who has accepted the current terms', async () => {
    renderWithApp(<TermsGate>the app</TermsGate>, { mocks: [{ request: { query: MeDocument }, result: { data: { me: buildViewer() } } }] });
    expect(await screen.findByText('the app')).toBeInTheDocument();
  });

  it('shows the terms instead, and the app once they are accepted', async () => {
    const accept = {
      request: { query: AcceptTermsDocument, variables: { input: { version: 2 } } },
      result: { data: { acceptTerms: { __typename: 'AcceptTermsPayload', viewer: { ...mustAccept, mustAcceptTerms: false }, userErrors: [] } } },
    };
    renderWithApp(<TermsGate>the app</TermsGate>, { mocks: [{ request: { query: MeDocument }, result: { data: { me: mustAccept } } }, terms(2, 'Rule one.'), accept] });
    expect(await screen.findByText('Rule one.')).toBeInTheDocument();
    expect(screen.queryByText('the app')).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Accept and continue' });
    expect(button).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'I have read and accept version 2 of the terms of use' }));
    await userEvent.click(button);
    expect(await screen.findByText('the app')).toBeInTheDocument();
  });

  it('shows the newer version when the one read went stale', async () => {
    const stale = {
      request: { query: AcceptTermsDocument, variables: { input: { version: 2 } } },
      result: {
        data: {
          acceptTerms: {
            __typename: 'AcceptTermsPayload',
            viewer: null,
            userErrors: [{ __typename: 'UserError', field: 'version', code: 'STALE_TERMS_VERSION', message: 'The terms of use have changed since you opened them: read version 3 and accept it.' }],
          },
        },
      },
    };
    renderWithApp(<TermsGate>the app</TermsGate>, {
      mocks: [{ request: { query: MeDocument }, result: { data: { me: mustAccept } } }, terms(2, 'Rule one.'), stale, terms(3, 'Rule one, amended.')],
    });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'I have read and accept version 2 of the terms of use' }));
    await userEvent.click(screen.getByRole('button', { name: 'Accept and continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('read version 3');
    expect(await screen.findByText('Rule one, amended.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'I have read and accept version 3 of the terms of use' })).not.toBeChecked();
  });
});
