import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  BulkUpdateEmployeesDocument,
  CreateDepartmentDocument,
  DeleteDepartmentDocument,
  DepartmentDocument,
  DepartmentsDocument,
  EmployeesDocument,
  UpdateDepartmentDocument,
} from '../../gql/graphql';
import { buildDepartment, buildEmployee, connectionOf, userErrorsOf } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { departmentRoutes } from '.';

const security = buildDepartment({ id: 'd1', name: 'Security', memberCount: 3 });
const catering = buildDepartment({ id: 'd2', name: 'Catering', memberCount: 0 });
const securityRef = { __typename: 'Department' as const, id: 'd1', name: 'Security' };
const ann = buildEmployee({ id: 'e1', firstName: 'Ann', surname: 'Lee', department: securityRef });
const bo = buildEmployee({ id: 'e2', firstName: 'Bo', surname: 'Kim' });
const BY_NAME = { field: 'NAME', direction: 'ASC' } as const;

const forever = <T extends object>(mock: T) => ({ ...mock, maxUsageCount: Number.POSITIVE_INFINITY });
const listMock = (filter: { search?: string } = {}) =>
  forever({
    request: { query: DepartmentsDocument, variables: { first: 100, filter } },
    result: { data: { departments: { ...connectionOf('Department', [security], true), totalCount: 2 } } },
  });
const itemMock = forever({ request: { query: DepartmentDocument, variables: { id: 'd1' } }, result: { data: { department: security } } });

function mutationMock<V>(query: MockLink.MockedResponse['request']['query'], variables: V, data: Record<string, unknown>) {
  const result = jest.fn(() => ({ data }));
  return { mock: { request: { query, variables }, result }, result };
}

const renderAt = (url: string, mocks: MockLink.MockedResponse[]) =>
  renderWithApp(null, { routes: [{ path: '/settings/people', children: departmentRoutes }], url, mocks });

describe('Departments', () => {
  it('lists names and member counts, links each row, and loads more', async () => {
    const next = forever({
      request: { query: DepartmentsDocument, variables: { first: 100, filter: {}, after: 'cursor-end' } },
      result: { data: { departments: { ...connectionOf('Department', [catering]), totalCount: 2 } } },
    });
    renderAt('/settings/people/departments?q=', [listMock(), next]);

    const table = await screen.findByRole('table', { name: 'Departments' });
    expect(within(table).getByRole('link', { name: 'Security' })).toHaveAttribute('href', '/settings/people/departments/d1/members');
    expect(within(table).getByRole('cell', { name: '3' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Rename Security' })).toHaveAttribute('href', '/settings/people/departments/d1/rename?q=');
    expect(within(table).getByRole('link', { name: 'Delete Security' })).toHaveAttribute('href', '/settings/people/departments/d1/delete?q=');
    expect(screen.getByRole('link', { name: '+ Add department' })).toHaveAttribute('href', '/settings/people/departments/new?q=');
    expect(screen.getByText('1 of 2')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByRole('link', { name: 'Catering' })).toBeInTheDocument();
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('adds: a userError shows beside Name and the dialog stays open', async () => {
    const refused = mutationMock(CreateDepartmentDocument, { input: { name: 'Security' } }, {
      createDepartment: {
        __typename: 'DepartmentPayload',
        department: null,
        userErrors: userErrorsOf([{ field: 'name', message: 'That name is taken.', code: 'DUPLICATE_NAME' }]),
      },
    });
    const { router } = renderAt('/settings/people/departments/new', [listMock(), refused.mock]);

    const dialog = await screen.findByRole('dialog', { name: 'Add department' });
    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), ' Security ');
    await userEvent.click(save);
    expect(await within(dialog).findByText('That name is taken.')).toBeInTheDocument();
    expect(refused.result).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/settings/people/departments/new');
  });

  it('renames, then closes the dialog keeping the search', async () => {
    const saved = mutationMock(UpdateDepartmentDocument, { input: { id: 'd1', name: 'Safety' } }, {
      updateDepartment: { __typename: 'DepartmentPayload', department: { ...security, name: 'Safety' }, userErrors: [] },
    });
    const { router } = renderAt('/settings/people/departments/d1/rename?q=sec', [listMock({ search: 'sec' }), itemMock, saved.mock]);

    const dialog = await screen.findByRole('dialog', { name: 'Rename Security' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveValue('Security');
    await userEvent.clear(name);
    await userEvent.type(name, '  Safety ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/people/departments'));
    expect(router.state.location.search).toBe('?q=sec');
    expect(saved.result).toHaveBeenCalledTimes(1);
  });

  it('rename: a userError stays beside Name, with the typed name, after the department is refetched', async () => {
    const item = jest.fn(() => ({ data: { department: security } }));
    const refetched = forever({ request: { query: DepartmentDocument, variables: { id: 'd1' } }, result: item });
    const refused = mutationMock(UpdateDepartmentDocument, { input: { id: 'd1', name: 'Catering' } }, {
      updateDepartment: {
        __typename: 'DepartmentPayload',
        department: null,
        userErrors: userErrorsOf([{ field: 'name', message: 'That name is taken.', code: 'DUPLICATE_NAME' }]),
      },
    });
    renderAt('/settings/people/departments/d1/rename', [listMock(), refetched, refused.mock]);

    const dialog = await screen.findByRole('dialog', { name: 'Rename Security' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Catering');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(item).toHaveBeenCalledTimes(2));
    expect(await screen.findByText('That name is taken.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('Catering');
  });

  it('add: saving refetches the lists but asks for no department by an empty id', async () => {
    const asked: { query: string; id?: string }[] = [];
    const record = (query: string) => (variables: { id?: string }) => {
      asked.push({ query, id: variables.id });
      return true;
    };
    const lists = forever({ ...listMock(), request: { query: DepartmentsDocument, variables: record('Departments') } });
    const byId = forever({ request: { query: DepartmentDocument, variables: record('Department') }, result: { data: { department: null } } });
    const created = mutationMock(CreateDepartmentDocument, { input: { name: 'Medical' } }, {
      createDepartment: { __typename: 'DepartmentPayload', department: { ...catering, name: 'Medical' }, userErrors: [] },
    });
    const { router } = renderAt('/settings/people/departments/new', [lists, byId, created.mock]);

    const dialog = await screen.findByRole('dialog', { name: 'Add department' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Medical');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/people/departments'));
    await waitFor(() => expect(asked.filter((a) => a.query === 'Departments')).toHaveLength(2));
    expect(created.result).toHaveBeenCalledTimes(1);
    expect(asked.filter((a) => a.query === 'Department')).toEqual([]);
  });

  it('deletes after confirmation, saying what happens to the members', async () => {
    const deleted = mutationMock(DeleteDepartmentDocument, { input: { id: 'd1' } }, {
      deleteDepartment: { __typename: 'DeleteDepartmentPayload', deletedId: 'd1', userErrors: [] },
    });
    const { router } = renderAt('/settings/people/departments/d1/delete', [listMock(), itemMock, deleted.mock]);

    const dialog = await screen.findByRole('dialog', { name: 'Delete Security?' });
    expect(within(dialog).getByText('3 member(s) will be left without a department.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete department' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/people/departments'));
    expect(deleted.result).toHaveBeenCalledTimes(1);
  });

  it('lists members; removes one by clearing the department and adds others by setting it', async () => {
    const members = forever({
      request: { query: EmployeesDocument, variables: { first: 50, filter: { departmentId: 'd1' }, orderBy: BY_NAME } },
      result: { data: { employees: connectionOf('Employee', [ann]) } },
    });
    const everyone = forever({
      request: { query: EmployeesDocument, variables: { first: 30, filter: {}, orderBy: BY_NAME } },
      result: { data: { employees: connectionOf('Employee', [ann, bo]) } },
    });
    const payload = { bulkUpdateEmployees: { __typename: 'BulkUpdateEmployeesPayload', employees: [], userErrors: [] } };
    const removed = mutationMock(BulkUpdateEmployeesDocument, { input: { employeeIds: ['e1'], clearDepartment: true } }, payload);
    const added = mutationMock(BulkUpdateEmployeesDocument, { input: { employeeIds: ['e2'], departmentId: 'd1' } }, payload);
    renderAt('/settings/people/departments/d1/members', [itemMock, members, everyone, removed.mock, added.mock]);

    expect(await screen.findByRole('heading', { name: 'Security: members' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← All departments' })).toHaveAttribute('href', '/settings/people/departments');
    const table = await screen.findByRole('table', { name: 'Members of Security' });
    expect(screen.getByText('1 of 1 members')).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: 'Remove Ann Lee' }));
    await waitFor(() => expect(removed.result).toHaveBeenCalledTimes(1));

    await userEvent.click(screen.getByRole('button', { name: 'Add members' }));
    const picker = await screen.findByRole('dialog', { name: 'Add members to Security' });
    expect(await within(picker).findByRole('checkbox', { name: /Ann Lee \(already a member\)/ })).toBeDisabled();
    await userEvent.click(within(picker).getByRole('checkbox', { name: /Bo Kim/ }));
    await userEvent.click(within(picker).getByRole('button', { name: 'Add 1 to Security' }));
    await waitFor(() => expect(added.result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add members to Security' })).not.toBeInTheDocument());
  });
});
