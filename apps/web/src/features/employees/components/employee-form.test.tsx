import type { EmployeeSnapshot, Role } from '@gatehouse/access';
import { NAME_MAX_LENGTH } from '@gatehouse/contracts';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildViewer } from '../../../test/factories';
import { viewerPrincipal } from '../../auth/viewer-access';
import { blankEmployeeValues } from '../employee-input';
import { permissionRows } from '../permission-rows';
import { EmployeeForm } from './employee-form';

function renderAdd(onSubmit: () => Promise<[]>) {
  render(
    <MantineProvider>
      <EmployeeForm
        initialValues={blankEmployeeValues()}
        before={null}
        actor={viewerPrincipal(buildViewer('ACCOUNT_ADMIN'))}
        departments={[]}
        groups={[]}
        onSubmit={onSubmit}
        onCancel={() => undefined}
      />
    </MantineProvider>,
  );
}

function renderEdit(actorRole: Role, before: EmployeeSnapshot) {
  render(
    <MantineProvider>
      <EmployeeForm
        initialValues={{ ...blankEmployeeValues(), firstName: 'Kim', surname: 'Lee', email: 'kim@example.com', role: before.role }}
        before={before}
        actor={viewerPrincipal(buildViewer(actorRole))}
        departments={[]}
        groups={[]}
        onSubmit={async () => []}
        onCancel={() => undefined}
      />
    </MantineProvider>,
  );
}

const snapshot = (employeeId: string, role: Role): EmployeeSnapshot => ({ employeeId, role, isActive: true, permissions: permissionRows() });

describe('Edit Employee form', () => {
  it('keeps the email read-only', () => {
    renderEdit('ACCOUNT_ADMIN', snapshot('other', 'GENERAL'));
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAttribute('readonly');
  });

  it('does not let people change their own role or inactivate themselves', () => {
    renderEdit('ACCOUNT_ADMIN', snapshot('viewer-employee', 'ACCOUNT_ADMIN'));
    expect(screen.getByRole('combobox', { name: 'Role' })).toBeDisabled();
    expect(screen.getByText('You cannot change your own role.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /^Active/ })).toBeDisabled();
    expect(screen.getByText('You cannot inactivate yourself.')).toBeInTheDocument();
  });

  it('shows an account admin as read-only to a user admin', () => {
    renderEdit('USER_ADMIN', snapshot('other', 'ACCOUNT_ADMIN'));
    expect(screen.getByRole('alert', { name: /Read only/ })).toHaveTextContent('Only an account admin can change an account admin.');
    expect(screen.getByRole('button', { name: 'Save User' })).toBeDisabled();
  });
});

describe('Add Employee form', () => {
  it('holds names to the server’s length limit and emails to its shape, without sending', async () => {
    const onSubmit = jest.fn(async (): Promise<[]> => []);
    renderAdd(onSubmit);
    const firstName = screen.getByRole('textbox', { name: /^First name/ });
    // Pasted: typing 101 characters one by one is slow under a loaded test run.
    await userEvent.click(firstName);
    await userEvent.paste('A'.repeat(NAME_MAX_LENGTH + 1));
    await userEvent.type(screen.getByRole('textbox', { name: /^Surname/ }), 'Lee');
    await userEvent.type(screen.getByRole('textbox', { name: /^Email/ }), 'kim@example');
    await userEvent.click(screen.getByRole('button', { name: 'Save User' }));

    expect(firstName).toHaveAccessibleDescription(`At most ${NAME_MAX_LENGTH} characters.`);
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAccessibleDescription('Enter a valid email address.');
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.clear(firstName);
    await userEvent.paste('A'.repeat(NAME_MAX_LENGTH));
    await userEvent.type(screen.getByRole('textbox', { name: /^Email/ }), '.com');
    await userEvent.click(screen.getByRole('button', { name: 'Save User' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
