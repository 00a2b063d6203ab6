import type { Role } from '@gatehouse/access';
import { screen, within } from '@testing-library/react';
import { MeDocument, PeopleByRoleDocument, PeopleByStateDocument, RecentAuditEventsDocument } from '../../gql/graphql';
import { buildViewer } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { HomePage } from './home-page';

const BOB = '11111111-1111-4111-8111-111111111111';
const count = (totalCount: number) => ({ __typename: 'EmployeeConnection', totalCount });

const roleChange = {
  __typename: 'AuditEvent',
  id: 'ev1',
  at: '2030-01-01T10:00:00Z',
  action: 'employee.role_changed',
  targetType: 'employee',
  targetId: BOB,
  data: { targetName: 'Bob Builder', role: { from: 'GENERAL', to: 'ADMIN' } },
  actor: { __typename: 'AuditActor', id: 'viewer-employee', fullName: 'Alice Admin' },
  apiToken: null,
  target: { __typename: 'AuditSubject', id: BOB, kind: 'employee', name: 'Bob Builder', exists: true },
  mentions: [],
};

function renderAs(role: Role) {
  const byRole = jest.fn(() => ({
    data: { accountAdmins: count(1), userAdmins: count(2), admins: count(3), general: count(14) },
  }));
  const byState = jest.fn(() => ({
    data: { active: count(18), inactive: count(2), notInvited: count(5), invited: count(4), accepted: count(11) },
  }));
  const recent = jest.fn(() => ({
    data: { auditEvents: { __typename: 'AuditEventConnection', edges: [{ __typename: 'AuditEventEdge', node: roleChange }] } },
  }));
  const mocks = [
    { request: { query: MeDocument }, result: { data: { me: buildViewer(role) } } },
    { request: { query: PeopleByRoleDocument }, result: byRole },
    { request: { query: PeopleByStateDocument }, result: byState },
    { request: { query: RecentAuditEventsDocument, variables: { first: 5 } }, result: recent },
  ];
  renderWithApp(<HomePage />, { mocks });
  return { byRole, byState, recent };
}

/** Long enough for a query sent on mount to reach the mocked link. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('HomePage', () => {
  it('shows people by role as bars, each figure linking to the filtered list', async () => {
    renderAs('USER_ADMIN');
    const roles = await screen.findByRole('region', { name: 'People by role' });
    expect(await within(roles).findByRole('link', { name: 'General: 14' })).toHaveAttribute(
      'href',
      '/settings/people/employees?role=GENERAL',
    );
    expect(within(roles).getByRole('link', { name: 'Account admin: 1' })).toHaveAttribute(
      'href',
      '/settings/people/employees?role=ACCOUNT_ADMIN',
    );
    expect(within(roles).getByRole('progressbar', { name: 'General: 14 of 20' })).toHaveAttribute('aria-valuenow', '70');
    expect(within(roles).getByText('20 people in all')).toBeInTheDocument();
    expect(document.title).toBe('Home · Gatehouse');
  });

  it('shows people by active and invitation state, linking to the list filtered the same way', async () => {
    renderAs('ACCOUNT_ADMIN');
    const states = await screen.findByRole('region', { name: 'People by state' });
    expect(await within(states).findByRole('link', { name: 'Inactive: 2' })).toHaveAttribute(
      'href',
      '/settings/people/employees?active=false',
    );
    expect(within(states).getByRole('link', { name: 'Active: 18' })).toHaveAttribute('href', '/settings/people/employees?active=true');
    expect(within(states).getByRole('link', { name: 'Not invited: 5' })).toHaveAttribute(
      'href',
      '/settings/people/employees?invitation=NOT_INVITED',
    );
    expect(within(states).getByRole('link', { name: 'Invited: 4' })).toHaveAttribute('href', '/settings/people/employees?invitation=INVITED');
    expect(within(states).getByRole('link', { name: 'Accepted: 11' })).toHaveAttribute(
      'href',
      '/settings/people/employees?invitation=ACCEPTED',
    );
  });

  it('lists the latest changes as the audit log words them', async () => {
    const { recent } = renderAs('USER_ADMIN');
    const changes = await screen.findByRole('region', { name: 'Recent changes' });
    const [item] = await within(changes).findAllByRole('listitem');
    expect(item).toHaveTextContent('Alice Admin changed Bob Builder’s role from General to Admin.');
    expect(within(item!).getByRole('link', { name: 'Bob Builder' })).toHaveAttribute('href', `/settings/people/employees/${BOB}`);
    expect(within(changes).getByRole('link', { name: 'Open the audit log' })).toHaveAttribute('href', '/settings/audit');
    expect(recent).toHaveBeenCalledTimes(1);
  });

  it('welcomes a general user without asking for counts or changes', async () => {
    const { byRole, byState, recent } = renderAs('GENERAL');
    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
    await settle();
    expect(byRole).not.toHaveBeenCalled();
    expect(byState).not.toHaveBeenCalled();
    expect(recent).not.toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: 'People by role' })).not.toBeInTheDocument();
  });
});
