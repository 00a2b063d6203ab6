import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DeleteEmployeesDocument, RequestDeleteChallengeDocument } from '../../../gql/graphql';
import { buildEmployee } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { DeleteEmployeesModal } from './delete-employees-modal';

const a = buildEmployee({ id: 'e1', firstName: 'Ann', surname: 'Lee' });
const b = buildEmployee({ id: 'e2', firstName: 'Bo', surname: 'Kim' });

const challengeMock = {
  request: { query: RequestDeleteChallengeDocument, variables: { input: { employeeIds: ['e1', 'e2'] } } },
  result: {
    data: {
      requestDeleteChallenge: {
        __typename: 'DeleteChallengePayload',
        challenge: { __typename: 'DeleteChallengeType', id: 'ch1', code: '4821', expiresAt: '2030-01-01T10:05:00Z', count: 2 },
        userErrors: [],
      },
    },
  },
};

function deleteMock(userErrors: { field: string | null; message: string; code: string }[] = []) {
  const result = jest.fn(() => ({
    data: {
      deleteEmployees: {
        __typename: 'DeleteEmployeesPayload',
        deletedIds: userErrors.length ? [] : ['e1', 'e2'],
        userErrors: userErrors.map((e) => ({ __typename: 'UserError', ...e })),
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

describe('DeleteEmployeesModal', () => {
  it('shows the challenge number and deletes only after the admin types it', async () => {
    const { mock, result } = deleteMock();
    const onClose = jest.fn();
    renderWithApp(<DeleteEmployeesModal employees={[a, b]} onClose={onClose} />, { mocks: [challengeMock, mock] });

    expect(await screen.findByText('4821')).toBeInTheDocument();
    expect(screen.getByText(/Ann Lee, Bo Kim/)).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Confirm delete' });
    expect(confirm).toBeDisabled();

    await userEvent.type(digits()[0]!, '4829');
    expect(confirm).toBeDisabled();

    await userEvent.clear(digits()[3]!);
    await userEvent.type(digits()[3]!, '1');
    expect(confirm).toBeEnabled();
    await userEvent.click(confirm);

    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('shows the server refusing (e.g. self-delete) and stays open', async () => {
    const { mock } = deleteMock([{ field: 'employeeIds', message: 'You cannot delete yourself.', code: 'SELF_DELETE' }]);
    const onClose = jest.fn();
    renderWithApp(<DeleteEmployeesModal employees={[a, b]} onClose={onClose} />, { mocks: [challengeMock, mock] });

    await screen.findByText('4821');
    await userEvent.type(digits()[0]!, '4821');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm delete' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot delete yourself.');
    expect(onClose).not.toHaveBeenCalled();
  });
});
