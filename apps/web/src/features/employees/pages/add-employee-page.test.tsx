import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CreateEmployeeDocument, MeDocument, type CreateEmployeeMutationVariables } from '../../../gql/graphql';
import { buildViewer, optionMocks, userErrorsOf, type UserErrorShape } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { AddEmployeePage } from './add-employee-page';

const meMock = { request: { query: MeDocument }, result: { data: { me: buildViewer('ACCOUNT_ADMIN') } } };
const options = optionMocks([{ id: 'd1', name: 'Security' }], [{ id: 'g1', name: 'Stewards' }, { id: 'g2', name: 'First aid' }]);

function createMock(userErrors: readonly UserErrorShape[]) {
  const seen: CreateEmployeeMutationVariables[] = [];
  return {
    seen,
    mock: {
      request: {
        query: CreateEmployeeDocument,
        variables: (v: CreateEmployeeMutationVariables) => {
          seen.push(v);
          return true;
        },
      },
      result: {
        data: {
          createEmployee: {
            __typename: 'EmployeePayload',
            employee: null,
            userErrors: userErrorsOf(userErrors),
          },
        },
      },
    },
  };
}

async function fillAndSave() {
  await userEvent.type(await screen.findByRole('textbox', { name: /^First name/ }), 'Sam');
  await userEvent.type(screen.getByRole('textbox', { name: /^Surname/ }), 'Steward');
  await userEvent.type(screen.getByRole('textbox', { name: /^Email/ }), 'sam@example.com');
  await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Department' }), 'd1');
  await userEvent.click(screen.getByRole('button', { name: 'Manage groups' }));
  await userEvent.click(await screen.findByRole('checkbox', { name: 'Stewards' }));
  await userEvent.click(screen.getByRole('button', { name: 'Done' }));
  await userEvent.click(screen.getByRole('checkbox', { name: 'Jobs: access' }));
  await userEvent.click(screen.getByRole('checkbox', { name: 'Jobs: edit level 2' }));
  await userEvent.click(screen.getByRole('button', { name: 'Save User' }));
}

describe('Add Employee drawer', () => {
  it('puts the cursor in the first field when it opens', async () => {
    renderWithApp(<AddEmployeePage />, { mocks: [meMock, ...options], path: '/settings/people/employees/new' });
    const first = await screen.findByRole('textbox', { name: /^First name/ });
    await waitFor(() => expect(first).toHaveFocus());
  });

  it('renders userErrors beside the fields they name and the rest as an alert', async () => {
    const { mock } = createMock([
      { field: 'email', message: 'Someone in this account already uses this email.', code: 'DUPLICATE_EMAIL' },
      { field: 'permissions.JOBS.seeLevels', message: 'You cannot grant Jobs confidential level 2 to see.', code: 'LEVEL_NOT_HELD' },
      { field: null, message: 'Too many changes at once; try again in a minute.', code: 'THROTTLED' },
    ]);
    renderWithApp(<AddEmployeePage />, { mocks: [meMock, ...options, mock], path: '/settings/people/employees/new' });
    await fillAndSave();

    const email = screen.getByRole('textbox', { name: /^Email/ });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/already uses this email/);
    expect(screen.getByRole('textbox', { name: /^First name/ })).not.toHaveAttribute('aria-invalid', 'true');

    const alerts = screen.getAllByRole('alert');
    expect(alerts.some((a) => a.textContent?.includes('Too many changes at once'))).toBe(true);
    expect(alerts.some((a) => a.textContent?.includes('confidential level 2'))).toBe(true);
  });

  it('sends the form as createEmployee input, groups and permissions included', async () => {
    const { mock, seen } = createMock([{ field: 'email', message: 'Taken.', code: 'DUPLICATE_EMAIL' }]);
    renderWithApp(<AddEmployeePage />, { mocks: [meMock, ...options, mock], path: '/settings/people/employees/new' });
    await fillAndSave();

    await waitFor(() => expect(seen.length).toBeGreaterThan(0));
    const input = seen[seen.length - 1]?.input;
    expect(input).toMatchObject({
      isActive: true,
      firstName: 'Sam',
      surname: 'Steward',
      email: 'sam@example.com',
      departmentId: 'd1',
      role: 'GENERAL',
      groupIds: ['g1'],
    });
    expect(input?.permissions?.[0]).toEqual({
      module: 'JOBS',
      canAccess: true,
      isModuleAdmin: false,
      seeScope: 'DEPARTMENT',
      // Ticking an edit level under edit scope None widens the scope: None would make it void.
      editScope: 'DEPARTMENT',
      seeLevels: [2],
      editLevels: [2],
    });
  });
});
