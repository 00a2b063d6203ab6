import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  BulkUpdateEmployeesDocument,
  EmployeesDocument,
  MeDocument,
  type EmployeesQueryVariables,
} from '../../../gql/graphql';
import { buildEmployee, buildViewer, connectionOf, optionMocks } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { EmployeesPage } from './employees-page';

const PATH = '/settings/people/employees';
const options = optionMocks([{ id: 'd1', name: 'Security' }], [{ id: 'g1', name: 'Stewards' }]);

const meMock = { request: { query: MeDocument }, result: { data: { me: buildViewer('USER_ADMIN') } } };

function employeesMock() {
  const seen: EmployeesQueryVariables[] = [];
  const people = [buildEmployee({ id: 'e1', firstName: 'Ann', surname: 'Lee' }), buildEmployee({ id: 'e2', firstName: 'Bo', surname: 'Kim' })];
  const mock = {
    request: {
      query: EmployeesDocument,
      variables: (v: EmployeesQueryVariables) => {
        seen.push(v);
        return true;
      },
    },
    result: { data: { employees: connectionOf('Employee', people, true) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return { mock, seen };
}

const render = (url = PATH, extra: MockLink.MockedResponse[] = []) => {
  const { mock, seen } = employeesMock();
  const view = renderWithApp(<EmployeesPage />, { mocks: [meMock, ...options, mock, ...extra], path: PATH, url });
  return { ...view, seen, search: () => new URLSearchParams(view.router.state.location.search) };
};

describe('Employees list', () => {
  it('writes filters, search and sort to the URL and queries with them', async () => {
    const { search, seen } = render();
    await screen.findByRole('table', { name: 'Employees' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'ADMIN');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'd1');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Active' }), 'false');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Invitation' }), 'INVITED');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'ann');
    await waitFor(() => expect(search().get('q')).toBe('ann'));
    await waitFor(() => expect(search().get('role')).toBe('ADMIN'));
    await waitFor(() => expect(search().get('department')).toBe('d1'));
    await waitFor(() => expect(search().get('active')).toBe('false'));
    await waitFor(() => expect(search().get('invitation')).toBe('INVITED'));

    await userEvent.click(screen.getByRole('button', { name: 'Sort by Email' }));
    await waitFor(() => expect(search().get('sort')).toBe('EMAIL'));
    await waitFor(() => expect(search().get('dir')).toBe('ASC'));
    await userEvent.click(screen.getByRole('button', { name: 'Sort by Email' }));
    await waitFor(() => expect(search().get('dir')).toBe('DESC'));

    await waitFor(() =>
      expect(seen[seen.length - 1]).toEqual({
        first: 25,
        after: null,
        filter: { search: 'ann', departmentId: 'd1', role: 'ADMIN', isActive: false, invitationState: 'INVITED' },
        orderBy: { field: 'EMAIL', direction: 'DESC' },
      }),
    );
  });

  it('reads its state back from the URL and pages forward by cursor', async () => {
    const { search } = render(`${PATH}?role=GENERAL&group=g1&sort=LAST_LOGIN&dir=DESC`);
    await screen.findByRole('table', { name: 'Employees' });
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('GENERAL');
    expect(screen.getByRole('columnheader', { name: /Last login/ })).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(search().get('after')).toBe('cursor-end'));
    await waitFor(() => expect(search().get('group')).toBe('g1'));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), '');
    await waitFor(() => expect(search().get('after')).toBeNull());
    await waitFor(() => expect(search().get('role')).toBeNull());
  });

  it('selects with the checkboxes at the left of each row and offers Delete, Bulk edit and Send invites for the selection', async () => {
    render();
    const table = await screen.findByRole('table', { name: 'Employees' });
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();

    await userEvent.click(within(table).getByRole('checkbox', { name: 'Select Ann Lee' }));
    expect(screen.getByRole('button', { name: 'Delete (1)' })).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Select all employees on this page' }));
    expect(screen.getByRole('button', { name: 'Bulk edit (2)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send invites (2)' })).toBeInTheDocument();
  });

  it('bulk-edits the selection: only the fields changed are sent', async () => {
    const result = jest.fn(() => ({
      data: { bulkUpdateEmployees: { __typename: 'BulkUpdateEmployeesPayload', employees: [], userErrors: [] } },
    }));
    const bulk = {
      request: {
        query: BulkUpdateEmployeesDocument,
        variables: { input: { employeeIds: ['e1', 'e2'], departmentId: 'd1', role: 'ADMIN' } },
      },
      result,
    };
    render(PATH, [bulk]);
    const table = await screen.findByRole('table', { name: 'Employees' });
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Select all employees on this page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Bulk edit (2)' }));

    const dialog = await screen.findByRole('dialog', { name: 'Bulk edit 2 employees' });
    const apply = within(dialog).getByRole('button', { name: 'Apply to 2 employees' });
    expect(apply).toBeDisabled();
    expect(within(dialog).getByRole('option', { name: 'Account admin' })).toBeDisabled();
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Department' }), 'd1');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Role' }), 'ADMIN');
    await userEvent.click(apply);
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
  });
});
