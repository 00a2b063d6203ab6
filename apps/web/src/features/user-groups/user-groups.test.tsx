import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CreateUserGroupDocument,
  DeleteUserGroupDocument,
  EmployeesDocument,
  SetUserGroupMembersDocument,
  UserGroupDocument,
  UserGroupsDocument,
} from '../../gql/graphql';
import { buildEmployee, buildUserGroup, connectionOf, userErrorsOf } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { userGroupRoutes } from '.';

const stewards = buildUserGroup({ id: 'g1', name: 'Stewards', description: 'Match-day crowd staff', memberCount: 2 });
const medics = buildUserGroup({ id: 'g2', name: 'Medics', description: '', memberCount: 0 });
const stewardRef = { __typename: 'UserGroup' as const, id: 'g1', name: 'Stewards' };
const ann = buildEmployee({ id: 'e1', firstName: 'Ann', surname: 'Lee', userGroups: [stewardRef] });
const bo = buildEmployee({ id: 'e2', firstName: 'Bo', surname: 'Kim' });
const BY_NAME = { field: 'NAME', direction: 'ASC' } as const;

const forever = <T extends object>(mock: T) => ({ ...mock, maxUsageCount: Number.POSITIVE_INFINITY });
const listMock = forever({
  request: { query: UserGroupsDocument, variables: { first: 100, filter: {} } },
  result: { data: { userGroups: connectionOf('UserGroup', [stewards, medics]) } },
});
const itemMock = forever({ request: { query: UserGroupDocument, variables: { id: 'g1' } }, result: { data: { userGroup: stewards } } });
const groupPayload = (userErrors: ReturnType<typeof userErrorsOf> = []) => ({ __typename: 'UserGroupPayload', userGroup: userErrors.length ? null : stewards, userErrors });

function mutationMock<V>(query: MockLink.MockedResponse['request']['query'], variables: V, data: Record<string, unknown>) {
  const result = jest.fn(() => ({ data }));
  return { mock: { request: { query, variables }, result }, result };
}

const renderAt = (url: string, mocks: MockLink.MockedResponse[]) =>
  renderWithApp(null, { routes: [{ path: '/settings/people', children: userGroupRoutes }], url, mocks });

describe('User groups', () => {
  it('lists names, descriptions (a dash when empty) and member counts, with Edit links', async () => {
    renderAt('/settings/people/groups', [listMock]);

    const table = await screen.findByRole('table', { name: 'User groups' });
    expect(within(table).getByRole('columnheader', { name: 'Description' })).toBeInTheDocument();
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Stewards', 'Match-day crowd staff', '2', '']);
    expect(within(second!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Medics', '—', '0', '']);
    expect(within(table).getByRole('link', { name: 'Edit Stewards' })).toHaveAttribute('href', '/settings/people/groups/g1/edit');
    expect(within(table).getByRole('link', { name: 'Members of Stewards' })).toHaveAttribute('href', '/settings/people/groups/g1/members');
    expect(screen.getByRole('link', { name: '+ Add group' })).toHaveAttribute('href', '/settings/people/groups/new');
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
  });

  it('adds a group with a description; userErrors land beside their fields', async () => {
    const input = { name: 'Medics', description: 'First aid' };
    const refused = mutationMock(CreateUserGroupDocument, { input: { ...input, description: '' } }, {
      createUserGroup: groupPayload(userErrorsOf([{ field: 'description', message: 'Say what the group is for.', code: 'INVALID_INPUT' }])),
    });
    const created = mutationMock(CreateUserGroupDocument, { input }, { createUserGroup: groupPayload() });
    const { router } = renderAt('/settings/people/groups/new', [listMock, refused.mock, created.mock]);

    const dialog = await screen.findByRole('dialog', { name: 'Add user group' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Medics ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Say what the group is for.')).toBeInTheDocument();

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Description' }), ' First aid');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/people/groups'));
    expect(created.result).toHaveBeenCalledTimes(1);
  });

  it('edits: the form starts from the group', async () => {
    renderAt('/settings/people/groups/g1/edit', [listMock, itemMock]);
    const dialog = await screen.findByRole('dialog', { name: 'Edit Stewards' });
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Stewards');
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue('Match-day crowd staff');
  });

  it('deletes after confirmation; a userError keeps the dialog open', async () => {
    const refused = mutationMock(DeleteUserGroupDocument, { input: { id: 'g1' } }, {
      deleteUserGroup: {
        __typename: 'DeleteUserGroupPayload',
        deletedId: null,
        userErrors: userErrorsOf([{ field: null, message: 'The group is in use.', code: 'INVALID_INPUT' }]),
      },
    });
    renderAt('/settings/people/groups/g1/delete', [listMock, itemMock, refused.mock]);

    const dialog = await screen.findByRole('dialog', { name: 'Delete Stewards?' });
    expect(within(dialog).getByText('2 member(s) will leave the group. Items it owns or is shared with lose that link.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete group' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The group is in use.');
  });

  it('shows the description on the members page; removes and adds through setUserGroupMembers', async () => {
    const members = forever({
      request: { query: EmployeesDocument, variables: { first: 50, filter: { groupId: 'g1' }, orderBy: BY_NAME } },
      result: { data: { employees: connectionOf('Employee', [ann]) } },
    });
    const everyone = forever({
      request: { query: EmployeesDocument, variables: { first: 30, filter: {}, orderBy: BY_NAME } },
      result: { data: { employees: connectionOf('Employee', [ann, bo]) } },
    });
    const removed = mutationMock(SetUserGroupMembersDocument, { input: { groupId: 'g1', removeEmployeeIds: ['e1'] } }, { setUserGroupMembers: groupPayload() });
    const added = mutationMock(SetUserGroupMembersDocument, { input: { groupId: 'g1', addEmployeeIds: ['e2'] } }, { setUserGroupMembers: groupPayload() });
    renderAt('/settings/people/groups/g1/members', [itemMock, members, everyone, removed.mock, added.mock]);

    expect(await screen.findByRole('heading', { name: 'Stewards: members' })).toBeInTheDocument();
    expect(screen.getByText('Match-day crowd staff')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← All user groups' })).toHaveAttribute('href', '/settings/people/groups');
    const table = await screen.findByRole('table', { name: 'Members of Stewards' });
    await userEvent.click(within(table).getByRole('button', { name: 'Remove Ann Lee' }));
    await waitFor(() => expect(removed.result).toHaveBeenCalledTimes(1));

    await userEvent.click(screen.getByRole('button', { name: 'Add members' }));
    const picker = await screen.findByRole('dialog', { name: 'Add members to Stewards' });
    expect(await within(picker).findByRole('checkbox', { name: /Ann Lee \(already a member\)/ })).toBeDisabled();
    await userEvent.click(within(picker).getByRole('checkbox', { name: /Bo Kim/ }));
    await userEvent.click(within(picker).getByRole('button', { name: 'Add 1 to Stewards' }));
    await waitFor(() => expect(added.result).toHaveBeenCalledTimes(1));
  });
});
