import { MAX_IDS_PER_REQUEST } from '@gatehouse/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmployeesDocument, MeDocument, type EmployeesQueryVariables } from '../../../gql/graphql';
import { buildEmployee, buildViewer, optionMocks } from '../../../test/factories';
import { onNarrowScreen } from '../../../test/media';
import { renderWithApp } from '../../../test/render';
import { EmployeesPage } from './employees-page';

const PATH = '/settings/people/employees';
const options = optionMocks([], []);
const meMock = { request: { query: MeDocument }, result: { data: { me: buildViewer('USER_ADMIN') } } };

/** `total` employees named Person 0001…, served in pages as the server serves them: `first` from the cursor `after`. */
function serverOf(total: number) {
  const people = Array.from({ length: total }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return buildEmployee({ id: `e${n}`, firstName: 'Person', surname: n });
  });
  const seen: EmployeesQueryVariables[] = [];
  const mock = {
    request: {
      query: EmployeesDocument,
      variables: (v: EmployeesQueryVariables) => {
        seen.push(v);
        return true;
      },
    },
    result: (v: EmployeesQueryVariables) => {
      const start = v.after ? Number(v.after) : 0;
      const page = people.slice(start, start + (v.first ?? 25));
      const end = start + page.length;
      return {
        data: {
          employees: {
            __typename: 'EmployeeConnection',
            totalCount: total,
            pageInfo: { __typename: 'PageInfo', hasNextPage: end < total, endCursor: page.length > 0 ? String(end) : null },
            edges: page.map((node, i) => ({ __typename: 'EmployeeEdge', cursor: String(start + i + 1), node })),
          },
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return { mock, seen };
}

const render = (total: number, url = PATH) => {
  const server = serverOf(total);
  const view = renderWithApp(<EmployeesPage />, {
    routes: [{ path: PATH, element: <EmployeesPage />, children: [{ path: ':id', element: <p>drawer</p> }] }],
    mocks: [meMock, ...options, server.mock],
    url,
  });
  return { ...view, seen: server.seen, search: () => new URLSearchParams(view.router.state.location.search) };
};

const rowsIn = (table: HTMLElement) => within(table).getAllByRole('row').length - 1;

describe('Employees list: page size', () => {
  it('offers 25, 50 and 100 rows per page, keeps the choice in the URL and starts again at the first page', async () => {
    const { search, seen } = render(120, `${PATH}?after=25`);
    const table = await screen.findByRole('table', { name: 'Employees' });
    const size = screen.getByRole('combobox', { name: 'Rows per page' });
    expect(within(size).getAllByRole('option').map((o) => o.textContent)).toEqual(['25 per page', '50 per page', '100 per page']);
    expect(size).toHaveValue('25');

    await userEvent.selectOptions(size, '50');
    await waitFor(() => expect(search().get('size')).toBe('50'));
    expect(search().get('after')).toBeNull();
    await waitFor(() => expect(rowsIn(table)).toBe(50));
    expect(seen[seen.length - 1]).toMatchObject({ first: 50, after: null });
    expect(screen.getByText('1–50 of 120')).toBeInTheDocument();
  });

  it('reads the size back from the URL', async () => {
    const { seen } = render(120, `${PATH}?size=100`);
    const table = await screen.findByRole('table', { name: 'Employees' });
    await waitFor(() => expect(rowsIn(table)).toBe(100));
    expect(seen[0]).toMatchObject({ first: 100 });
  });

  it('falls back to 25 for a size it does not offer', async () => {
    const { seen } = render(120, `${PATH}?size=1000`);
    await screen.findByRole('table', { name: 'Employees' });
    expect(seen[0]).toMatchObject({ first: 25 });
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('25');
  });
});

describe('Employees list: select all matching', () => {
  it('once the page is selected, selects every matching employee for the bulk actions', async () => {
    const { seen } = render(60, `${PATH}?role=GENERAL`);
    const table = await screen.findByRole('table', { name: 'Employees' });
    expect(screen.queryByRole('button', { name: /Select all .* matching/ })).not.toBeInTheDocument();

    await userEvent.click(within(table).getByRole('checkbox', { name: 'Select all employees on this page' }));
    expect(screen.getByText('All 25 on this page are selected.')).toBeInTheDocument();
    const before = seen.length;
    await userEvent.click(screen.getByRole('button', { name: 'Select all 60 matching' }));

    await screen.findByRole('button', { name: 'Bulk edit (60)' });
    expect(screen.getByRole('button', { name: 'Delete (60)' })).toBeInTheDocument();
    expect(screen.getByText('All 60 matching employees are selected.')).toBeInTheDocument();
    // Collected with the list's filter and order, in pages of the server's page cap.
    expect(seen.slice(before)).toEqual([
      { first: 200, after: null, filter: { role: 'GENERAL' }, orderBy: { field: 'NAME', direction: 'ASC' } },
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('button', { name: /Bulk edit/ })).not.toBeInTheDocument();
  });

  it(`stops at ${MAX_IDS_PER_REQUEST}, the most a bulk action may name, and says so`, async () => {
    const { seen } = render(1500);
    const table = await screen.findByRole('table', { name: 'Employees' });
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Select all employees on this page' }));
    expect(screen.getByText(/take at most 1,000 employees at a time/)).toBeInTheDocument();
    const before = seen.length;
    await userEvent.click(screen.getByRole('button', { name: 'Select the first 1,000 of 1,500 matching' }));

    await screen.findByRole('button', { name: 'Bulk edit (1000)' }, { timeout: 15_000 });
    expect(screen.getByText('The first 1,000 of 1,500 matching employees are selected.')).toBeInTheDocument();
    expect(seen.slice(before).map((v) => [v.first, v.after])).toEqual([
      [200, null],
      [200, '200'],
      [200, '400'],
      [200, '600'],
      [200, '800'],
    ]);
  });
});

describe('Employees list below the lg breakpoint', () => {
  onNarrowScreen();

  it('shows cards with the selection at the left instead of the table; a tap opens the drawer', async () => {
    const { router } = render(3);
    const list = await screen.findByRole('list', { name: 'Employees' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(3);

    const first = cards[0];
    if (!first) throw new Error('no card');
    // The card's first control, so the selection is at its left.
    const box = within(first).getAllByRole('checkbox')[0];
    if (!box) throw new Error('no checkbox');
    expect(box).toHaveAccessibleName('Select Person 0001');
    expect(within(first).getByText('e0001@example.com')).toBeInTheDocument();
    expect(within(first).getByText('General')).toBeInTheDocument();
    expect(within(first).getByText('Not invited')).toBeInTheDocument();

    await userEvent.click(box);
    expect(screen.getByRole('button', { name: 'Bulk edit (1)' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(PATH);

    await userEvent.click(within(first).getByText('e0001@example.com'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`${PATH}/e0001`));
  });

  it('folds the filters behind a Filters button that counts the active ones', async () => {
    render(3, `${PATH}?role=ADMIN`);
    await screen.findByRole('list', { name: 'Employees' });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeVisible();
    const toggle = screen.getByRole('button', { name: 'Filters (1)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Role' })).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(await screen.findByRole('combobox', { name: 'Role' })).toHaveValue('ADMIN');
  });
});

describe('An empty filtered employee list', () => {
  it('offers "Clear filters", which drops the filters and the search but keeps the page size', async () => {
    const view = render(0, `${PATH}?q=nobody&role=ADMIN&size=50`);
    expect(await screen.findByText('Nothing matches these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(view.search().has('q')).toBe(false));
    expect(view.search().has('role')).toBe(false);
    expect(view.search().get('size')).toBe('50');
  });

  it('says there is nothing yet, without the button, when nothing narrows the list', async () => {
    render(0);
    expect(await screen.findByText('No employees yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });
});
