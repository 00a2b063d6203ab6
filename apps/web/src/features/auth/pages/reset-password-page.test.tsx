import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResetPasswordDocument } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';
import { ResetPasswordPage } from './reset-password-page';

const PASSWORD = 'harbour lights at dawn';

function resetMock(answer: { ok: boolean | null; userErrors: { field: string | null; message: string; code: string }[] }) {
  return {
    request: { query: ResetPasswordDocument, variables: { input: { token: 'tok-123', password: PASSWORD } } },
    result: {
      data: { resetPassword: { __typename: 'ResetPasswordPayload', ok: answer.ok, userErrors: answer.userErrors.map((e) => ({ __typename: 'UserError', ...e })) } },
    },
  };
}

function renderAt(url: string, mocks: ReturnType<typeof resetMock>[] = []) {
  return renderWithApp(null, {
    mocks,
    url,
    routes: [
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/login', element: <p>login page</p> },
    ],
  });
}

async function submit() {
  await userEvent.type(screen.getByLabelText(/^New password/), PASSWORD);
  await userEvent.type(screen.getByLabelText(/^Repeat the new password/), PASSWORD);
  await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
}

describe('ResetPasswordPage', () => {
  it('reads the token from the fragment, clears it from the address, and goes to log in when done', async () => {
    const { router } = renderAt('/reset-password#token=tok-123', [resetMock({ ok: true, userErrors: [] })]);
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    await submit();
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?reset=done');
  });

  it.each([
    ['TOKEN_EXPIRED', 'Link expired'],
    ['TOKEN_USED', 'Link already used'],
    ['TOKEN_SUPERSEDED', 'Link replaced by a newer one'],
    ['INVALID_TOKEN', 'Link not valid'],
  ])('says why a dead link (%s) cannot be used and offers a new one', async (code, title) => {
    renderAt('/reset-password#token=tok-123', [resetMock({ ok: null, userErrors: [{ field: 'token', message: 'What the server says.', code }] })]);
    await submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent('What the server says.');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('shows a weak password beside the field and keeps the form', async () => {
    renderAt('/reset-password#token=tok-123', [resetMock({ ok: null, userErrors: [{ field: 'password', message: 'This password is on a list of commonly used passwords; choose another.', code: 'WEAK_PASSWORD' }] })]);
    await submit();
    expect(await screen.findByText('This password is on a list of commonly used passwords; choose another.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set new password' })).toBeInTheDocument();
  });

  it('explains a link without a token', async () => {
    renderAt('/reset-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Link incomplete');
  });
});
