import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeDocument } from '../../gql/graphql';
import { buildViewer } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { PeopleLayout } from './people-layout';

describe('PeopleLayout', () => {
  it('names the open tab in the browser tab title', async () => {
    const me = { request: { query: MeDocument }, result: { data: { me: buildViewer('USER_ADMIN') } } };
    renderWithApp(null, {
      mocks: [me],
      url: '/settings/people/departments',
      routes: [
        {
          path: '/settings/people',
          element: <PeopleLayout />,
          children: [
            { path: 'employees', element: <p>employees</p> },
            { path: 'departments', element: <p>departments</p> },
          ],
        },
      ],
    });
    await screen.findByText('departments');
    expect(document.title).toBe('Departments · Gatehouse');
    await userEvent.click(screen.getByRole('tab', { name: 'Employees' }));
    await screen.findByText('employees');
    expect(document.title).toBe('Employees · Gatehouse');
  });

  it('has an External Users tab beside Employees', async () => {
    const me = { request: { query: MeDocument }, result: { data: { me: buildViewer('USER_ADMIN') } } };
    renderWithApp(null, {
      mocks: [me],
      url: '/settings/people/external',
      routes: [{ path: '/settings/people', element: <PeopleLayout />, children: [{ path: 'external', element: <p>external users</p> }] }],
    });
    await screen.findByText('external users');
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs.slice(0, 2)).toEqual(['Employees', 'External Users']);
    expect(screen.getByRole('tab', { name: 'External Users' })).toHaveAttribute('aria-selected', 'true');
    expect(document.title).toBe('External Users · Gatehouse');
  });
});
