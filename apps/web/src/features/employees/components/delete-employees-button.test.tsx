import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DeleteEmployeesDocument, RequestDeleteChallengeDocument } from '../../../gql/graphql';
import { buildEmployee, userErrorsOf, type UserErrorShape } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { DeleteEmployeesButton } from './delete-employees-button';

const a = buildEmployee({ id: 'e1', firstName: 'Ann', surname: 'Lee' });
const b = buildEmployee({ id: 'e2', firstName: 'Bo', surname: 'Kim' });

function challengeMock(userErrors: readonly UserErrorShape[] = []) {
  const challenge = { __typename: 'DeleteChallengeType', id: 'ch1', code: '4821', expiresAt: '2030-01-01T10:05:00Z', count: 2 };
  const result = jest.fn(() => ({
    data: {
      requestDeleteChallenge: {
        __typename: 'DeleteChallengePayload',
        challenge: userErrors.length ? null : challenge,
        userErrors: userErrorsOf(userErrors),
      },
    },
  }));
  const mock = { request: { query: RequestDeleteChallengeDocument, variables: { input: { employeeIds: ['e1', 'e2'] } } }, result };
  return { mock, result };
}

function deleteMock(userErrors: readonly UserErrorShape[] = []) {
  const result = jest.fn(() => ({
    data: {
      deleteEmployees: {
        __typename: 'DeleteEmployeesPayload',
        deletedIds: userErrors.length ? [] : ['e1', 'e2'],
        userErrors: userErrorsOf(userErrors),
      },
    },
  }));
  const mock = {
    request: { query: DeleteEmployeesDocument, variables: { input: { employeeIds: ['e1', 'e2'], challengeId: 'ch1', code: '4821' } } },
    result,
  };
  return { mock, result };
}

const digits = () => screen.getAllByRole('textbox', { name: /Confirmation number, character/ });
const openDialog = () => userEvent.click(screen.getByRole('button', { name: 'Delete (2)' }));

describe('DeleteEmployeesButton', () => {
  it('asks for the challenge when clicked, shows the number, and deletes only after the admin types it', async () => {
    const challenge = challengeMock();
    const deletion = deleteMock();
    const onDeleted = jest.fn();
    renderWithApp(<DeleteEmployeesButton employees={[a, b]} onDeleted={onDeleted} />, { mocks: [challenge.mock, deletion.mock] });
    expect(challenge.result).not.toHaveBeenCalled();

    await openDialog();
    expect(await screen.findByText('4821')).toBeInTheDocument();
    expect(challenge.result).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Ann Lee, Bo Kim/)).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Confirm delete' });
    expect(confirm).toBeDisabled();

    await userEvent.type(digits()[0]!, '4829');
    expect(confirm).toBeDisabled();

    await userEvent.clear(digits()[3]!);
    await userEvent.type(digits()[3]!, '1');
    expect(confirm).toBeEnabled();
    await userEvent.click(confirm);

    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(deletion.result).toHaveBeenCalledTimes(1);
    expect(challenge.result).toHaveBeenCalledTimes(1);
  });

  it('shows why the server will not issue a challenge, with nothing to confirm', async () => {
    const challenge = challengeMock([{ field: 'employeeIds', message: 'You cannot delete yourself.', code: 'SELF_DELETE' }]);
    renderWithApp(<DeleteEmployeesButton employees={[a, b]} onDeleted={jest.fn()} />, { mocks: [challenge.mock] });

    await openDialog();
    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot delete yourself.');
    expect(screen.queryByLabelText('Confirmation number')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm delete' })).toBeDisabled();
  });

  it('shows the server refusing the delete and stays open', async () => {
    const challenge = challengeMock();
    const deletion = deleteMock([{ field: 'employeeIds', message: 'You cannot delete yourself.', code: 'SELF_DELETE' }]);
    const onDeleted = jest.fn();
    renderWithApp(<DeleteEmployeesButton employees={[a, b]} onDeleted={onDeleted} />, { mocks: [challenge.mock, deletion.mock] });

    await openDialog();
    await screen.findByText('4821');
    await userEvent.type(digits()[0]!, '4821');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm delete' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot delete yourself.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
