import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument, type CreateApiTokenMutationVariables } from '../../gql/graphql';
import { connectionOf, userErrorsOf } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { apiTokenRoutes } from '.';

const SECRET = `gatehouse_${'x'.repeat(43)}`;
const token = (id: string, name: string, status: 'ACTIVE' | 'REVOKED', extra: Record<string, unknown> = {}) => ({
  __typename: 'ApiToken' as const,
  id,
  name,
  role: 'USER_ADMIN' as const,
  status,
  createdAt: '2026-11-01T10:00:00Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: status === 'REVOKED' ? '2026-11-02T10:00:00Z' : null,
  createdBy: { __typename: 'ApiTokenCreator' as const, id: 'e1', fullName: 'Ada Admin' },
  ...extra,
});
const roster = token('t1', 'Roster sync', 'ACTIVE', { lastUsedAt: '2026-11-03T09:30:00Z' });
const old = token('t2', 'Old turnstiles', 'REVOKED');

const listMock = {
  request: { query: ApiTokensDocument, variables: { first: 50 } },
  result: { data: { apiTokens: connectionOf('ApiToken', [roster, old]) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const renderAt = (url: string, mocks: MockLink.MockedResponse[]) =>
  renderWithApp(null, { routes: [{ path: '/settings/account', children: apiTokenRoutes }], url, mocks });

describe('API tokens', () => {
  it('lists tokens with role, status, creator and last use; only live ones can be revoked', async () => {
    renderAt('/settings/account/api-tokens', [listMock]);
    const table = await screen.findByRole('table', { name: 'API tokens' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Roster sync');
    expect(first).toHaveTextContent('User admin');
    expect(first).toHaveTextContent('Active');
    expect(first).toHaveTextContent('by Ada Admin');
    expect(first).toHaveTextContent('Never');
    expect(within(first!).getByRole('link', { name: 'Revoke Roster sync' })).toHaveAttribute('href', '/settings/account/api-tokens/t1/revoke');
    expect(second).toHaveTextContent('Revoked');
    expect(within(second!).queryByRole('link', { name: /Revoke/ })).not.toBeInTheDocument();
    expect(screen.getByText('2 of 2 tokens')).toBeInTheDocument();
  });

  it('creates a token: userErrors beside their field, then the secret once, then back to the list', async () => {
    const isInput = (name: string) => (v: CreateApiTokenMutationVariables) => v.input.name === name && v.input.role === 'ADMIN' && typeof v.input.expiresAt === 'string';
    const refused = jest.fn(() => ({
      data: { createApiToken: { __typename: 'CreateApiTokenPayload', token: null, apiToken: null, userErrors: userErrorsOf([{ field: 'name', message: 'That name is not allowed.', code: 'INVALID_INPUT' }]) } },
    }));
    const created = jest.fn(() => ({ data: { createApiToken: { __typename: 'CreateApiTokenPayload', token: SECRET, apiToken: token('t3', 'Gate app', 'ACTIVE', { role: 'ADMIN' }), userErrors: [] } } }));
    const { router } = renderAt('/settings/account/api-tokens/new', [
      listMock,
      { request: { query: CreateApiTokenDocument, variables: isInput('Bad') }, result: refused },
      { request: { query: CreateApiTokenDocument, variables: isInput('Gate app') }, result: created },
    ]);

    const drawer = await screen.findByRole('dialog', { name: 'Create API token' });
    expect(within(drawer).queryByRole('radio', { name: 'Account admin' })).not.toBeInTheDocument();
    await userEvent.type(within(drawer).getByRole('textbox', { name: /^Name/ }), 'Bad');
    await userEvent.click(within(drawer).getByRole('radio', { name: 'Admin' }));
    await userEvent.click(within(drawer).getByRole('button', { name: 'Create token' }));
    expect(await within(drawer).findByText('That name is not allowed.')).toBeInTheDocument();

    const name = within(drawer).getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Gate app');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Create token' }));
    const shown = await screen.findByRole('dialog', { name: 'API token created' });
    expect(within(shown).getByText(/You will not see it again/)).toBeInTheDocument();
    expect(within(shown).getByLabelText('New API token')).toHaveTextContent(SECRET);
    expect(within(shown).getByRole('button', { name: 'Copy token' })).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);

    await userEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/account/api-tokens'));
  });

  it('revokes after confirmation', async () => {
    const revoked = jest.fn(() => ({ data: { revokeApiToken: { __typename: 'RevokeApiTokenPayload', apiToken: token('t1', 'Roster sync', 'REVOKED'), userErrors: [] } } }));
    const { router } = renderAt('/settings/account/api-tokens/t1/revoke', [listMock, { request: { query: RevokeApiTokenDocument, variables: { input: { id: 't1' } } }, result: revoked }]);
    const dialog = await screen.findByRole('dialog', { name: 'Revoke API token?' });
    expect(await within(dialog).findByText(/Apps using “Roster sync” will be refused/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/account/api-tokens'));
    expect(revoked).toHaveBeenCalledTimes(1);
  });
});
