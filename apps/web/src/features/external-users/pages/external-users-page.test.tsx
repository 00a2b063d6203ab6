import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExternalUsersDocument, MeDocument } from '../../../gql/graphql';
import { buildViewer, connectionOf } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { ExternalUsersPage } from './external-users-page';

const person = (n: number, first: string, last: string) => ({
  __typename: 'ExternalUser',
  id: `00000000-0000-4000-8000-00000000000${n}`,
  firstName: first,
  lastName: last,
  fullName: `${first} ${last}`,
  email: `${first.toLowerCase()}@example.com`,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  openItemCount: 2,
  lastVerifiedAt: null,
});

function renderList(url: string, variables: Record<string, unknown>, people: ReturnType<typeof person>[]) {
  const result = jest.fn(() => ({ data: { externalUsers: connectionOf('ExternalUser', people) } }));
  renderWithApp(<ExternalUsersPage />, {
    path: '/settings/people/external',
    url,
    mocks: [
      { request: { query: MeDocument }, result: { data: { me: buildViewer('USER_ADMIN') } } },
      { request: { query: ExternalUsersDocument, variables }, result, maxUsageCount: 3 },
    ],
  });
  return result;
}

describe('ExternalUsersPage', () => {
  it('lists external users by name and offers Delete for a selection', async () => {
    renderList('/settings/people/external', { first: 25, after: null, filter: {}, orderBy: { field: 'NAME', direction: 'ASC' } }, [person(1, 'Kim', 'Contractor'), person(2, 'Leo', 'Steward')]);
    const table = await screen.findByRole('table', { name: 'External users' });
    expect(within(table).getByRole('link', { name: 'Kim Contractor' })).toHaveAttribute('href', '/settings/people/external/00000000-0000-4000-8000-000000000001');
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Select Leo Steward' }));
    expect(screen.getByRole('button', { name: 'Delete (1)' })).toBeInTheDocument();
  });

  it('reads search, sort and page size from the URL', async () => {
    const result = renderList(
      '/settings/people/external?q=kim&sort=EMAIL&dir=DESC&size=50',
      { first: 50, after: null, filter: { search: 'kim' }, orderBy: { field: 'EMAIL', direction: 'DESC' } },
      [person(1, 'Kim', 'Contractor')],
    );
    await screen.findByRole('table', { name: 'External users' });
    expect(result).toHaveBeenCalled();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('kim');
    expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('says when there is nobody yet', async () => {
    renderList('/settings/people/external', { first: 25, after: null, filter: {}, orderBy: { field: 'NAME', direction: 'ASC' } }, []);
    expect(await screen.findByText('No external users yet.')).toBeInTheDocument();
  });
});
