import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoginDocument, MeDocument, SetupStatusDocument } from '../../../gql/graphql';
import { buildViewer } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { LoginPage } from './login-page';

const setupDone = {
  request: { query: SetupStatusDocument },
  result: { data: { setupStatus: { __typename: 'SetupStatusType', needsSetup: false } } },
};

const signedOut = { request: { query: MeDocument }, result: { data: { me: null } } };

function loginMock(password: string, answer: { viewer: unknown; userErrors: unknown[] }) {
  return {
    request: { query: LoginDocument, variables: { input: { email: 'ada@example.com', password } } },
    result: { data: { login: { __typename: 'ViewerPayload', ...answer } } },
  };
}

async function logIn(password: string) {
  await userEvent.type(screen.getByRole('textbox', { name: /^Email/ }), ' ada@example.com ');
  await userEvent.type(screen.getByLabelText(/^Password/), password);
  await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('LoginPage', () => {
  it('shows wrong credentials (a userError without a field) as an alert and stays', async () => {
    const wrong = loginMock('nope', {
      viewer: null,
      userErrors: [{ __typename: 'UserError', field: null, message: 'The email or password is not right.', code: 'INVALID_CREDENTIALS' }],
    });
    const { router } = renderWithApp(<LoginPage />, { mocks: [signedOut, setupDone, wrong], path: '/login' });
    await logIn('nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is not right.');
    expect(router.state.location.pathname).toBe('/login');
    expect(document.title).toBe('Log in · Gatehouse');
  });

  it('sends someone already signed in on to the app instead of showing the form', async () => {
    const signedIn = { request: { query: MeDocument }, result: { data: { me: buildViewer() } } };
    const { router } = renderWithApp(<LoginPage />, {
      mocks: [signedIn, setupDone],
      routes: [
        { path: '/login', element: <LoginPage /> },
        { path: '/', element: <p>home</p> },
      ],
      url: '/login',
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(screen.queryByRole('button', { name: 'Log in' })).not.toBeInTheDocument();
  });

  it('goes to the page it was sent from after logging in', async () => {
    const ok = loginMock('correct horse battery staple', { viewer: buildViewer(), userErrors: [] });
    const { router } = renderWithApp(<LoginPage />, {
      mocks: [signedOut, setupDone, ok],
      routes: [
        { path: '/login', element: <LoginPage /> },
        { path: '/settings/audit', element: <p>audit</p> },
      ],
      url: '/login?next=%2Fsettings%2Faudit',
    });
    await logIn('correct horse battery staple');
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/audit'));
  });
});
