import { screen, within } from '@testing-library/react';
import { EmployeeOrderField, EmployeesDocument, OrderDirection } from '../../../gql/graphql';
import { buildEmployee, connectionOf } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { MemberList } from './member-list';

describe('MemberList', () => {
  it('links each member’s name to their edit drawer', async () => {
    const sam = buildEmployee({ id: 'e7', firstName: 'Sam', surname: 'Steward' });
    const mocks = [
      {
        request: {
          query: EmployeesDocument,
          variables: { first: 50, filter: { groupId: 'g1' }, orderBy: { field: EmployeeOrderField.Name, direction: OrderDirection.Asc } },
        },
        result: { data: { employees: connectionOf('Employee', [sam]) } },
      },
    ];
    renderWithApp(<MemberList filter={{ groupId: 'g1' }} label="Members of Stewards" onRemove={jest.fn()} />, { mocks });
    const table = await screen.findByRole('table', { name: 'Members of Stewards' });
    expect(within(table).getByRole('link', { name: 'Sam Steward' })).toHaveAttribute('href', '/settings/people/employees/e7');
  });
});
