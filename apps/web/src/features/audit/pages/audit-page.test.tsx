import type { Role } from '@gatehouse/access';
import { screen } from '@testing-library/react';
import { AuditEventsDocument, MeDocument } from '../../../gql/graphql';
import { buildViewer, connectionOf } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { AuditPage } from './audit-page';

const event = {
  __typename: 'AuditEvent',
  id: 'ev1',
  at: '2030-01-01T10:00:00Z',
  action: 'employee.created',
  targetType: 'employee',
  targetId: 'e1',
  data: {},
  actor: { __typename: 'AuditActor', id: 'viewer-employee', fullName: 'Ada Admin' },
};

function renderAs(role: Role) {
  const events = jest.fn(() => ({ data: { auditEvents: connectionOf('AuditEvent', [event]) } }));
  const mocks = [
    { request: { query: MeDocument }, result: { data: { me: buildViewer(role) } } },
    { request: { query: AuditEventsDocument, variables: { first: 50 } }, result: events },
  ];
  renderWithApp(<AuditPage />, { mocks });
  return { events };
}

/** Long enough for a query sent on mount to reach the mocked link. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('AuditPage', () => {
  it('shows a user admin the events', async () => {
    const { events } = renderAs('USER_ADMIN');
    expect(await screen.findByRole('table', { name: 'Audit events' })).toBeInTheDocument();
    expect(screen.getByText('employee.created')).toBeInTheDocument();
    expect(events).toHaveBeenCalledTimes(1);
  });

  it('tells a general user they have no access and never sends the query', async () => {
    const { events } = renderAs('GENERAL');
    expect(await screen.findByText(/Your role does not include these settings/)).toBeInTheDocument();
    await settle();
    expect(events).not.toHaveBeenCalled();
    expect(screen.queryByRole('table', { name: 'Audit events' })).not.toBeInTheDocument();
  });
});
