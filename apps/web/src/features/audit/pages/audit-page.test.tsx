import type { Role } from '@gatehouse/access';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuditEventsDocument, AuditPersonOptionsDocument, MeDocument } from '../../../gql/graphql';
import { buildViewer, connectionOf } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { AuditPage } from './audit-page';

const BOB = '11111111-1111-4111-8111-111111111111';
const KITCHEN = '22222222-2222-4222-8222-222222222222';
const BAR = '33333333-3333-4333-8333-333333333333';

const subject = (id: string, kind: string, name: string | null, exists = true) => ({ __typename: 'AuditSubject', id, kind, name, exists });

const roleChange = {
  __typename: 'AuditEvent',
  id: 'ev1',
  at: '2030-01-01T10:00:00Z',
  action: 'employee.role_changed',
  targetType: 'employee',
  targetId: BOB,
  data: { targetName: 'Bob Builder', role: { from: 'GENERAL', to: 'ADMIN' }, departmentId: { from: KITCHEN, to: BAR } },
  actor: { __typename: 'AuditActor', id: 'viewer-employee', fullName: 'Alice Admin' },
  apiToken: null,
  target: subject(BOB, 'employee', 'Bob Builder'),
  mentions: [subject(KITCHEN, 'department', 'Kitchen'), subject(BAR, 'department', 'Bar')],
};

const deletion = {
  ...roleChange,
  id: 'ev2',
  action: 'employee.deleted',
  data: { targetName: 'Carl Gone', email: 'carl@example.com', name: 'Carl Gone', role: 'GENERAL' },
  target: subject('44444444-4444-4444-8444-444444444444', 'employee', 'Carl Gone', false),
  mentions: [],
};

const noPeople = { data: { employees: connectionOf('Employee', []) } };

function renderAs(role: Role, { url = '/settings/audit', filter = {}, events = [roleChange, deletion] }: { url?: string; filter?: Record<string, string>; events?: readonly Record<string, unknown>[] } = {}) {
  const result = jest.fn(() => ({ data: { auditEvents: connectionOf('AuditEvent', events) } }));
  const mocks = [
    { request: { query: MeDocument }, result: { data: { me: buildViewer(role) } } },
    { request: { query: AuditEventsDocument, variables: { first: 50, filter } }, result },
    { request: { query: AuditPersonOptionsDocument, variables: { first: 20, search: null } }, result: noPeople, maxUsageCount: 4 },
  ];
  const view = renderWithApp(<AuditPage />, { mocks, path: '/settings/audit', url });
  return { result, ...view };
}

/** Long enough for a query sent on mount to reach the mocked link. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('AuditPage', () => {
  it('reads each event as a sentence, with names linked and the change as a diff', async () => {
    renderAs('USER_ADMIN');
    const table = await screen.findByRole('table', { name: 'Audit events' });
    const [first] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('Alice Admin changed Bob Builder’s role from General to Admin.');
    expect(within(first!).getByRole('link', { name: 'Bob Builder' })).toHaveAttribute('href', `/settings/people/employees/${BOB}`);
    expect(first).toHaveTextContent('Role: General → Admin');
    expect(first).toHaveTextContent('Department: Kitchen → Bar');
    expect(within(first!).getByRole('link', { name: 'Bar' })).toHaveAttribute('href', `/settings/people/departments/${BAR}/members`);
    expect(screen.queryByText(/employee\.role_changed/)).not.toBeInTheDocument();
    expect(document.title).toBe('Audit log · Gatehouse');
  });

  it('names a deleted person without linking to them', async () => {
    renderAs('USER_ADMIN');
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Alice Admin deleted Carl Gone.');
    expect(screen.queryByRole('link', { name: 'Carl Gone' })).not.toBeInTheDocument();
  });

  it('names an API token as the actor of what a client app did', async () => {
    const TOKEN = '55555555-5555-4555-8555-555555555555';
    const byToken = { ...roleChange, id: 'ev3', action: 'department.created', data: { name: 'Kitchen' }, actor: null, apiToken: { __typename: 'AuditApiToken', id: TOKEN, name: 'Roster sync' }, target: subject(KITCHEN, 'department', 'Kitchen'), mentions: [] };
    const revoked = { ...byToken, id: 'ev4', action: 'api_token.revoked', data: { targetName: 'Roster sync' }, actor: roleChange.actor, apiToken: null, target: subject(TOKEN, 'api_token', 'Roster sync') };
    renderAs('ACCOUNT_ADMIN', { events: [byToken, revoked] });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('API token ‘Roster sync’ created the department Kitchen.');
    expect(within(first!).getByRole('link', { name: 'API token ‘Roster sync’' })).toHaveAttribute('href', '/settings/account/api-tokens');
    expect(second).toHaveTextContent('Alice Admin revoked the API token ‘Roster sync’.');
  });

  it('sends the filters in the URL and offers to clear them when nothing matches', async () => {
    const { result, router } = renderAs('ACCOUNT_ADMIN', {
      url: '/settings/audit?action=employee.deleted&from=2030-01-01',
      filter: { action: 'employee.deleted', from: new Date('2030-01-01T00:00:00').toISOString() },
      events: [],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Clear filters' }));
    expect(result).toHaveBeenCalledTimes(1);
    expect(router.state.location.search).toBe('');
  });

  it('tells a general user they have no access and never sends the query', async () => {
    const { result } = renderAs('GENERAL');
    expect(await screen.findByText(/Your role does not include these settings/)).toBeInTheDocument();
    await settle();
    expect(result).not.toHaveBeenCalled();
    expect(screen.queryByRole('table', { name: 'Audit events' })).not.toBeInTheDocument();
  });
});
