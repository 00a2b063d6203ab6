import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@gatehouse/access';
import { DeleteEmployeesDocument, MeDocument, RequestDeleteChallengeDocument } from '../../../gql/graphql';
import { buildEmployee, buildViewer, userErrorsOf, type UserErrorShape } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { DeleteEmployeesButton } from './delete-employees-button';

const a = buildEmployee({ id: 'e1', firstName: 'Ann', surname: 'Lee' });
const b = buildEmployee({ id: 'e2', firstName: 'Bo', surname: 'Kim' });

const meMock = (role: Role = 'ACCOUNT_ADMIN') => ({ request: { query: MeDocument }, result: { data: { me: buildViewer(role) } } });

function challengeMock(userErrors: readonly UserErrorShape[] = [], id = 'ch1', code = '4821') {
  const challenge = { __typename: 'DeleteChallengeType', id, code, expiresAt: '2030-01-01T10:05:00Z', count: 2 };
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

function deleteMock(userErrors: readonly UserErrorShape[] = [], challengeId = 'ch1', code = '4821') {
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
    request: { query: DeleteEmployeesDocument, variables: { input: { employeeIds: ['e1', 'e2'], challengeId, code } } },
    result,
  };
  return { mock, result };
}

const digits = () => screen.getAllByRole('textbox', { name: /Confirmation number, character/ });
const openDialog = () => userEvent.click(screen.getByRole('button', { name: 'Delete (2)' }));

describe('DeleteEmployeesButton', () => {
  it('asks for the challenge when clicked, says a wrong number beside the input, and deletes once the admin types it', async () => {
    const challenge = challengeMock();
    const wrong = deleteMock([{ field: 'code', message: 'That is not the number shown (2 tries left).', code: 'CHALLENGE_INVALID' }], 'ch1', '4829');
    const deletion = deleteMock();
    const onDeleted = jest.fn();
    renderWithApp(<DeleteEmployeesButton employees={[a, b]} onDeleted={onDeleted} />, {
      mocks: [meMock(), challenge.mock, wrong.mock, deletion.mock],
    });
    expect(challenge.result).not.toHaveBeenCalled();

    await openDialog();
    expect(await screen.findByText('4821')).toBeInTheDocument();
    expect(challenge.result).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Ann Lee, Bo Kim/)).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Confirm delete' });
    expect(confirm).toBeDisabled();

    await userEvent.type(digits()[0]!, '4829');
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Type the confirmation number' })).toHaveAccessibleDescription(
        'That is not the number shown (2 tries left).',
      ),
    );
    expect(digits()[0]).toBeInvalid();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(onDeleted).not.toHaveBeenCalled();

    await userEvent.clear(digits()[3]!);
    await userEvent.type(digits()[3]!, '1');
    await userEvent.click(confirm);

    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(wrong.result).toHaveBeenCalledTimes(1);
    expect(deletion.result).toHaveBeenCalledTimes(1);
    expect(challenge.result).toHaveBeenCalledTimes(1);
  });

  it('says when the confirmation is spent and starts again with a new number', async () => {
    const first = challengeMock();
    const expired = deleteMock([{ field: 'challengeId', message: 'This confirmation expired; start the deletion again.', code: 'CHALLENGE_EXPIRED' }]);
    const second = challengeMock([], 'ch2', '7730');
    const deletion = deleteMock([], 'ch2', '7730');
    const onDeleted = jest.fn();
    renderWithApp(<DeleteEmployeesButton employees={[a, b]} onDeleted={onDeleted} />, {
      mocks: [meMock(), first.mock, expired.mock, second.mock, deletion.mock],
    });

    await openDialog();
    await screen.findByText('4821');
    await userEvent.type(digits()[0]!, '4821');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm delete' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This confirmation expired; start the deletion again.');
    expect(screen.getByRole('button', { name: 'Confirm delete' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Get a new number' }));

    expect(await screen.findByText('7730')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.type(digits()[0]!, '7730');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm delete' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(first.result).toHaveBeenCalledTimes(1);
    expect(second.result).toHaveBeenCalledTimes(1);
  });

  it('names the viewer themself and protected account admins before any dialog opens', async () => {
    const self = buildEmployee({ id: 'viewer-employee', firstName: 'Ada', surname: 'Admin' });
    const boss = buildEmployee({ id: 'e3', firstName: 'Zed', surname: 'Boss', role: 'ACCOUNT_ADMIN' });
    const challenge = challengeMock();
    renderWithApp(<DeleteEmployeesButton employees={[a, self, boss]} onDeleted={jest.fn()} />, {
      mocks: [meMock('USER_ADMIN'), challenge.mock],
    });

    const button = screen.getByRole('button', { name: 'Delete (3)' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription(
      'You cannot delete yourself: Ada Admin. Only an account admin can delete an account admin: Zed Boss.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(challenge.result).not.toHaveBeenCalled();
  });

  it('lets an account admin delete another account admin', async () => {
    const other = buildEmployee({ id: 'e3', firstName: 'Zed', surname: 'Boss', role: 'ACCOUNT_ADMIN' });
    renderWithApp(<DeleteEmployeesButton employees={[a, other]} onDeleted={jest.fn()} />, { mocks: [meMock('ACCOUNT_ADMIN')] });
    await screen.findByRole('button', { name: 'Delete (2)' });
    // The viewer arrives asynchronously; give the check a chance to block before asserting it did not.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByRole('button', { name: 'Delete (2)' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Delete (2)' })).not.toHaveAccessibleDescription();
  });

  it('shows why the server will not issue a challenge, with nothing to confirm', async () => {
    const challenge = challengeMock([{ field: 'employeeIds', message: 'You cannot delete yourself.', code: 'SELF_DELETE' }]);
    renderWithApp(<DeleteEmployeesButton employees={[a, b]} onDeleted={jest.fn()} />, { mocks: [meMock(), challenge.mock] });

    await openDialog();
    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot delete yourself.');
    expect(screen.queryByLabelText('Confirmation number')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm delete' })).toBeDisabled();
  });

  it('shows the server refusing the delete and stays open', async () => {
    const challenge = challengeMock();
    const deletion = deleteMock([{ field: 'employeeIds', message: 'You cannot delete yourself.', code: 'SELF_DELETE' }]);
    const onDeleted = jest.fn();
    renderWithApp(<DeleteEmployeesButton employees={[a, b]} onDeleted={onDeleted} />, { mocks: [meMock(), challenge.mock, deletion.mock] });

    await openDialog();
    await screen.findByText('4821');
    await userEvent.type(digits()[0]!, '4821');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm delete' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot delete yourself.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
