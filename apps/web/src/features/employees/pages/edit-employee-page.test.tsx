import { screen, waitFor } from '@testing-library/react';
import { EmployeeDocument, MeDocument } from '../../../gql/graphql';
import { buildEmployeeDetail, buildViewer, optionMocks } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { EditEmployeePage } from './edit-employee-page';

describe('Edit Employee drawer', () => {
  it('puts the cursor in the first field once the employee has loaded', async () => {
    const sam = buildEmployeeDetail({ id: 'e7', firstName: 'Sam', surname: 'Steward' });
    const mocks = [
      { request: { query: MeDocument }, result: { data: { me: buildViewer('ACCOUNT_ADMIN') } } },
      ...optionMocks([], []),
      { request: { query: EmployeeDocument, variables: { id: 'e7' } }, result: { data: { employee: sam } }, delay: 50 },
    ];
    renderWithApp(null, {
      mocks,
      url: '/settings/people/employees/e7',
      routes: [{ path: '/settings/people/employees/:employeeId', element: <EditEmployeePage /> }],
    });
    const first = await screen.findByRole('textbox', { name: /^First name/ });
    expect(first).toHaveValue('Sam');
    await waitFor(() => expect(first).toHaveFocus());
  });
});
